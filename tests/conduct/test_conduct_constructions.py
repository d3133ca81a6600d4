"""More discrimination constructions (issue 4 quality, second round): rhetorical questions,
negated praise in existential and nominal form, implicit stereotypes, hostility addressed to
"you" with a group noun as the form of address, profanity, and one-letter substitutions in
group nouns; with the counter-speech, negation and affirmation cases that must stay quiet.

Every sentence was written for this file by the postcheck project from the general shape of
each construction (none is taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from conduct_helpers import CHECKER, cites_16 as _cites_16, cites_211 as _cites_211  # noqa: F401


MUST_FLAG = [
    # conditional threats and demeaning rhetorical questions
    "If I see any Muslims I'll slit their throats.",
    "Any refugee who comes near my kids will get hurt.",
    "Who even likes trans people?",
    "Why do disabled people even exist?",
    "Do immigrants ever stop whining?",
    "Why do women think they matter?",
    "What is wrong with gay people?",
    # more exclusion and negated praise
    "Someone needs to put disabled people down.",
    "Why should immigrants get any rights?",
    "This country would be so much better without Muslims.",
    "It's a shame women can vote.",
    "Trans people have no value.",
    "Jews lack any morals.",
    "Refugees contribute nothing.",
    # an echoed question that is then agreed with, or not denied
    "Why are women so stupid? They just are.",
    "Why are Muslims so violent? No idea but they are.",
    # negated praise with neither ... nor
    "Gay people are neither normal nor natural.",
    "Women are neither smart nor capable.",
    # denial of rights still flags after the 'deserve to die' guard
    "Immigrants do not deserve rights.",
    "Trans people do not deserve to live.",
    # negative attributes
    "Lesbians are always so bitter.",
    "Romanians are shifty.",
    "Old people are senile and useless.",
    "Gay people are promiscuous.",
    "Every Hindu I have met has been a liar.",
    # negated praise
    "Nothing good ever came from immigrants.",
    "There is nothing good about Muslims.",
    "There has never been a decent Muslim.",
    "I have never met a woman who was any good at maths.",
    "Women don't have what it takes to lead.",
    "Immigrants are hardly human.",
    "Disabled people have nothing to offer.",
    "Refugees add nothing to society.",
    "Gay people bring nothing but trouble.",
    # rhetorical questions
    "Who would ever trust a Muslim?",
    "How can anyone stand being around trans people?",
    "Why does anyone hire women?",
    "Are disabled people even human?",
    "What is the point of refugees?",
    "Is there anything worse than a trans woman?",
    "Why should we tolerate immigrants?",
    "Why can't women just stay quiet?",
    "Why do Jews control everything?",
    "Why do black people have to be so annoying?",
    # implicit derogation
    "Jews only care about money.",
    "Refugees are only here for the benefits.",
    "Muslims have no respect for our laws.",
    "Gay people need fixing.",
    "A woman's place is in the home.",
    "Black people are better suited to manual labour.",
    "Never leave a Romanian alone with your wallet.",
    "If you hire a woman, expect her to get pregnant and quit.",
    "Immigrants are the reason this country is going downhill.",
    "Trans people deserve everything bad that happens to them.",
    "Women need to learn their place.",
    "I wouldn't even spit on a Muslim.",
    "Having gay people as neighbours is a nightmare.",
    "Immigrants make everyone around them feel unsafe.",
    "Our country would be better off if refugees were all gone.",
    "Disabled people don't belong in civilised society.",
    "Trans people are better off locked away.",
    "Just another immigrant wasting space.",
    "Typical Muslim, always whining.",
    # profanity
    "Black people can fuck right off.",
    "Fuck you and all other immigrants.",
    # addressed to "you"
    "I'll burn your house down, you Muslim.",
    "I hate you, you disgusting immigrant.",
    "Shut up, Muslim.",
    "Nobody wants you here, immigrant.",
    "I'm coming for you and your Muslim family.",
    "A trans person is always going to be inferior.",
    # one substituted letter in a group noun
    "I hate muzlims.",
    "Imnigrants are vermin.",
]

MUST_LEAVE_ALONE = [
    "What is wrong with gay people? Nothing.",
    "Why do women think they matter? They do matter, obviously.",
    "If I see any patients I will help them.",
    "Any nurse who comes near me will get a hug.",
    "Who even likes Mondays?",
    "Do patients ever stop complaining? Not on this ward, bless them.",
    # a claim echoed as a question, then denied
    "Immigrants steal our jobs? The opposite is true.",
    "Older people contribute nothing? Rubbish, they volunteer more than anyone.",
    "Refugees do not deserve rights? Of course they do.",
    "Why should refugees get any rights? They absolutely should.",
    "Disabled people are a burden? No. Never.",
    "Why are women so bad at science? They are not, that is a sexist myth.",
    # the same words about things that are not groups of people
    "Our team would be better without the new rota.",
    "Someone needs to put the kettle on.",
    "Why should patients get a say in their treatment? Because it is their body.",
    # negated negatives: denying harm or a negative trait
    "Refugees do not deserve to die at sea.",
    "Old people do not deserve to suffer like this.",
    "Muslims do not deserve this hatred.",
    "Immigrants are neither evil nor dangerous.",
    "Disabled people are neither a burden nor a problem.",
    "Trans women are women.",
    "Trans men are men.",
    "Muslims should be treated with respect.",
    "Why do people think immigrants are lazy?",
    "Why are women treated so badly at work?",
    "Immigrants are never a problem on my ward.",
    "Disabled people are not a burden.",
    "Nothing good comes from hating immigrants.",
    "There is nothing wrong with being gay.",
    "I have never met a Muslim I didn't like.",
    "Muslims have nothing to fear from this policy.",
    "Women have nothing to prove to anyone.",
    "Refugees bring so much to this country.",
    "Disabled people are seen as sick, as if they need to be cured.",
    "Your immigrant colleagues are wicked smart.",
    "Two women are lying injured after the crash.",
    "Nobody should say women belong in the kitchen.",
    "It is wrong to say black people live like animals.",
    "How can anyone say disabled people are a burden?",
    "Thank you, Muslim volunteers, for the food bank.",
    "Why should we tolerate immigrants being treated like this?",
    "Who would trust a government that lies to nurses?",
    # plain statements of fact about a group: the model alone must not flag them
    "Immigrants pay taxes.",
    "Trans people exist.",
    "Women are half the population.",
    "Some Muslims fast during Ramadan.",
    "Women drive cars.",
    "Muslims pray five times a day.",
]


@pytest.mark.parametrize("text", MUST_FLAG)
def test_construction_is_flagged(text):
    assert _cites_16(text), text


@pytest.mark.parametrize("text", MUST_LEAVE_ALONE)
def test_counter_negated_or_affirming_sentence_is_left_alone(text):
    assert not _cites_16(text), text
