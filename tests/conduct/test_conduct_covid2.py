"""Wider COVID-19 and vaccine claims (HCPC 2.11), added in the covid2 round: each new claim in the
pack's claims base has posts it must flag (with its claim id) and posts it must leave alone
(debunking, honest questions, reports that a myth exists, accurate statements).

Every sentence here was written for this file by the postcheck project from the themes of UK
(NHS, UKHSA, MHRA, ONS), WHO and fact-checker debunks; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from conduct_helpers import CHECKER  # noqa: E402
from postcheck.detectors.conduct_claims import _asks


def _claims(text):
    out = []
    for f in CHECKER.check(text).findings:
        if "2.11" in f.standards and f.severity != "info":
            out += [e.split("=", 1)[1] for e in f.evidence if e.startswith("claim=")] or [f.code]
    return out


def _base_claims(text):
    """Only the claims base's findings (claim ids): the read-as-a-whole model (A190) is trained
    separately and retrained often, so its view of these sentences is tested elsewhere."""
    return [c for c in _claims(text) if not c[:1].isupper()]


# (claim id, posts that must be flagged with it, posts that must not be flagged under 2.11 at all)
CASES = {
    "covid-survival-rate": (
        ["Covid has a survival rate of 99.97%, stop panicking.",
         "Covid has a 99.9% survival rate, so why all the fuss?",
         "BREAKING: covid survival rate is over 99 percent"],
        ["The survival rate of covid patients in intensive care has improved since 2020.",
         "The claim that covid has a 99.9% survival rate is misleading.",
         "Most people who catch covid recover within a few weeks."],
    ),
    "covid-died-of-alone": (
        ["Only 6% of covid deaths were actually caused by covid.",
         "The CDC quietly admitted only 6% of deaths were from covid.",
         "Only 9,400 people died of covid alone in two years.",
         "The real covid death toll is only a fraction of what they say."],
        ["Only 0.2% of people who died of covid were under 40.",
         "Most people who died of covid also had another condition, as with most deaths.",
         "It's a myth that only 6% of covid deaths were really from covid."],
    ),
    "covid-deaths-miscounted": (
        ["People dying in car crashes are being counted as covid deaths.",
         "A man shot dead was recorded as a coronavirus death."],
        ["Car crash deaths were not counted as covid deaths.",
         "Road deaths fell during lockdown.",
         "Deaths from covid were recorded when a doctor listed it on the certificate."],
    ),
    "vaccine-died-suddenly": (
        ["Athletes are dying suddenly because of the vaccine.",
         "Young people are dying suddenly after their jabs.",
         "Footballers collapsing on the pitch is caused by the vaccine.",
         "Young athletes dropping dead since the vaccine rollout."],
        ["My uncle died suddenly last week.",
         "She died suddenly at home, we are devastated.",
         "Footballer collapses on pitch, medics rush to help.",
         "Sudden deaths in athletes are not linked to the vaccine.",
         "The vaccine protects young people from dying of covid."],
    ),
    "vaccine-vaers-misuse": (
        ["VAERS shows 15,000 deaths from the covid vaccine.",
         "Yellow Card data prove the jab has killed thousands."],
        ["VAERS reports are unverified and cannot show that the vaccine caused a death.",
         "Yellow Card reports of deaths after vaccination do not mean the vaccine caused them.",
         "The MHRA runs the Yellow Card scheme for reporting side effects."],
    ),
    "vaccine-vaccinated-worse": (
        ["Vaccinated people are more likely to catch covid.",
         "Double jabbed people are three times more likely to die.",
         "Vaccinated people spread covid more than the unvaccinated.",
         "Everyone who is vaccinated will die within two years."],
        ["Unvaccinated people are more likely to be admitted to hospital with covid.",
         "Vaccinated people can still catch covid but are less likely to be seriously ill.",
         "Vaccinated people are more likely to get a sore arm than a fever."],
    ),
    "vaccine-untested": (
        ["The covid vaccine was never properly tested.",
         "The vaccine was rushed and not properly tested.",
         "The covid vaccine is not a vaccine, it's gene therapy.",
         "They want to inject us with an untested vaccine."],
        ["The vaccine was tested on over 40,000 people before approval.",
         "The vaccine has not yet been tested in children under five.",
         "The booster is not a vaccine passport.",
         "The vaccine is not a live vaccine, so it cannot give you covid."],
    ),
    "covid-masks-ineffective": (
        ["Masks do nothing to stop the virus.",
         "Face masks don't work against viruses.",
         "The virus is too small to be stopped by a mask.",
         "Masks are killing our kids.",
         "Children are suffocating from wearing masks at school."],
        ["Masks don't work as well if you wear them under your nose.",
         "Cloth masks don't protect you as well as FFP3 respirators.",
         "Masks alone do not stop the spread; ventilation and vaccination matter too.",
         "Nurses died from covid despite wearing masks.",
         "Virus particles are tiny, but they travel in droplets that masks catch."],
    ),
    "covid-measures-useless": (
        ["Lockdowns kill more people than covid.",
         "Lockdowns don't save any lives.",
         "Hand washing does not protect against covid.",
         "More people will die from the lockdowns than from the virus."],
        ["Lockdown hit mental health hard for many young people.",
         "Social distancing helped slow the spread.",
         "There is no evidence that lockdowns cause more deaths than covid.",
         "Hand washing with soap kills the virus."],
    ),
    "covid-reinfection-myth": (
        ["You can't get covid twice.",
         "Once you've had covid you're immune for life."],
        ["You can catch covid more than once.",
         "I thought you couldn't get covid twice, but here I am again.",
         "Reinfection with covid is possible, especially with new variants."],
    ),
    "covid-not-a-virus": (
        ["Italian doctors defied the WHO and did autopsies that showed covid is not a virus.",
         "The WHO banned autopsies on covid patients.",
         "Covid is actually a blood clotting disease, not a virus.",
         "Covid is not a virus at all."],
        ["Autopsies of covid patients showed blood clots in the lungs.",
         "Blood clots are a known complication of severe covid.",
         "Covid is not a bacterial infection, so antibiotics do not help."],
    ),
    "covid-ph-myth": (
        ["The coronavirus has a pH of 5 to 8, so eat alkaline foods like lemons and avocados.",
         "Eat alkaline food, the virus can't survive a high pH."],
        ["Covid patients' blood gases were checked on the ward.",
         "There is no food that can change the pH of your blood or kill the virus."],
    ),
    "covid-acronym-myth": (
        ["COVID-19 stands for Certificate Of Vaccination ID 19.",
         "Covid is an acronym for certificate of vaccination identification, wake up."],
        ["COVID-19 stands for coronavirus disease 2019.",
         "Covid vaccination certificates are no longer needed to travel to most countries."],
    ),
    "vaccine-positive-test": (
        ["The jab makes you test positive for covid.",
         "The flu vaccine gives you a positive covid test."],
        ["The vaccine can make an antibody test positive.",
         "I tested positive for covid a week after my booster.",
         "The vaccine cannot make you test positive on a PCR or lateral flow test."],
    ),
    "covid-spread-routes": (
        ["Covid spreads through tap water.",
         "The coronavirus is transmitted through WiFi and phone signals."],
        ["Covid does not spread through tap water.",
         "Traces of the virus were found in sewage samples.",
         "We're fundraising for better WiFi on the covid ward."],
    ),
    "covid-remedy-protects": (
        ["Eat garlic and ginger to stay safe from coronavirus.",
         "Drink warm water with lemon to avoid coronavirus.",
         "Turmeric milk keeps coronavirus at bay.",
         "Onion in your socks draws out the virus.",
         "To avoid corona, drink hot water with ginger every morning."],
        ["Stop smoking to reduce the risk of severe covid.",
         "There is no evidence that garlic keeps coronavirus away.",
         "Drink plenty of fluids and rest if you have covid.",
         "Does ginger tea help you avoid coronavirus?"],
    ),
    "covid-thermometer-myth": (
        ["Infrared thermometer guns damage the pineal gland.",
         "Temperature guns pointed at your forehead damage your brain."],
        ["Infrared thermometers cannot damage the brain; they only read heat.",
         "Our clinic uses forehead thermometers at the entrance."],
    ),
}

FLAG = [(cid, t) for cid, (flag, _) in CASES.items() for t in flag]
PASS = [t for _, (_, ok) in CASES.items() for t in ok]

# Older claims widened in this round: (claim id, post that must now be flagged)
WIDENED = [
    ("covid-bacteria", "Italian doctors discovered covid is actually bacteria."),
    ("covid-food-spread", "You can catch covid from Chinese food."),
    ("covid-5g", "Wuhan was the first city to get 5G, that's why covid started there."),
    ("covid-5g", "Covid is a cover for the 5G rollout."),
    ("covid-testing-harm", "The inventor of the PCR test said it can't be used to detect infection."),
    ("covid-testing-harm", "PCR tests detect the common cold."),
    ("covid-testing-harm", "Covid test swabs collect your DNA."),
    ("covid-immunity-myths", "People with blood type O are immune to covid."),
    ("covid-immunity-myths", "Asymptomatic spread is a myth made up to scare you."),
    ("covid-gates-plot", "Covid was created by Bill Gates to sell vaccines."),
    ("covid-man-made", "The US army brought the virus to Wuhan."),
    ("vaccine-infertility", "The covid vaccine makes men impotent."),
    ("vaccine-ineffective", "Getting covid is safer than getting the vaccine."),
    ("vaccine-ineffective", "The Sinovac vaccine is just water."),
    ("vaccine-microchip", "The vaccine is a depopulation tool."),
    ("covid-vaccine-shedding", "Unvaccinated women's periods are affected by being near vaccinated people."),
    ("covid-vaccine-harm", "Children are dying from the covid vaccine."),
    ("covid-vaccine-harm", "Long covid is actually vaccine injury."),
    ("covid-vaccine-harm", "Vaccinated blood is contaminated with spike proteins."),
    ("covid-vaccine-harm", "The covid vaccine causes monkeypox."),
    ("vaccine-contents", "The vaccine contains the live virus."),
    ("vaccine-deaths", "The vaccine will kill millions of people."),
    ("covid-masks-harm", "Wearing masks causes oxygen deficiency."),
    ("covid-throat-gargle", "Keep your throat moist, the virus can't survive in a moist throat."),
    ("covid-other-vaccine-protects", "Getting vaccinated against flu protects you from covid."),
    ("covid-cure-claimed", "News: Israeli scientists find cure for coronavirus"),
    ("covid-thermometer-myth", "Thermal scanners can detect coronavirus."),
    ("covid-home-remedy", "Adding pepper to your soup prevents coronavirus."),
    ("covid-masks-harm", "Wearing a mask activates your own virus."),
    ("vaccine-untested", "The vaccine was developed too quickly to be safe."),
    ("covid-vaccine-harm", "Children are more likely to die from the vaccine than from covid."),
    ("covid-vaccine-harm", "Excess deaths are caused by the vaccine rollout."),
    ("covid-man-made", "Chinese scientists created coronavirus in a lab"),
    ("covid-man-made", "Coronavirus was made by the Chinese government"),
    ("covid-man-made", "The virus escaped from a lab and was designed as a weapon"),
    ("covid-man-made", "Covid-19 was created to reduce the world population"),
    ("covid-man-made", "Nobel laureate says covid was made in lab"),
    ("covid-masks-harm", "Masks are dangerous for your health"),
    ("covid-masks-harm", "Wearing a face mask makes you sick"),
    ("covid-testing-harm", "PCR tests are not reliable and give false positives"),
    ("covid-testing-harm", "Covid tests are designed to give positive results"),
    ("covid-immunity-myths", "Asymptomatic carriers cannot spread the virus"),
    ("covid-immunity-myths", "Young people are not affected by coronavirus"),
    ("covid-just-flu", "Covid-19 is less deadly than the seasonal flu"),
    ("covid-just-flu", "Coronavirus is no more lethal than the flu"),
    ("covid-breath-test", "Coronavirus can be detected by holding breath"),
    ("vaccine-gives-disease", "The flu shot makes you more likely to get coronavirus"),
    ("covid-home-remedy", "Giloy and ashwagandha kadha cures coronavirus."),
    ("covid-home-remedy", "Turmeric increases immunity against coronavirus."),
    ("covid-spread-myths", "Coronavirus spreads through newspapers, stop buying them."),
]

WIDENED_OK = [
    "Covid is not a bacterial infection.",
    "Chinese takeaways reopened after lockdown.",
    "PCR tests are very sensitive and can detect tiny amounts of the virus.",
    "Blood group studies on covid risk were inconsistent.",
    "The WHO says asymptomatic people can spread the virus.",
    "The Gates Foundation pledged money to the covid vaccine effort.",
    "Men who catch covid may have a higher risk of erectile dysfunction.",
    "Deaths caused by the vaccine are extremely rare.",
    "Breastfeeding after vaccination is safe, and antibodies in breast milk may protect babies.",
    "The vaccine does not contain the virus, only instructions to make the spike protein.",
    "The vaccine contains the covid spike protein's genetic code.",
    "Covid patients in intensive care often need oxygen.",
    "Getting vaccinated against flu does not protect you from covid.",
    "Sinovac's vaccine contains inactivated virus.",
    "It will take years to develop a cure for covid.",
    "Let us pray scientists find a cure for coronavirus.",
    "Thermal scanners cannot detect people who are infected but have no fever.",
    "Excess deaths were caused by covid in 2020.",
    "Children are more likely to die from covid than from the vaccine.",
    "The vaccine was developed quickly because trials ran in parallel.",
    "Stop smoking to reduce the risk of severe covid.",
    "Rare blood clots are caused by the AstraZeneca vaccine in a few people.",
    'Scientists created a synthetic copy of the virus in the lab to study it.',
    'The virus was grown in a lab so researchers could test drugs.',
    'Masks are dangerous for babies under two.',
    'PCR tests are reliable and specific.',
    'PCR tests are not reliable for telling when someone stopped being infectious, says UKHSA.',
    'Omicron is less deadly than delta.',
    'Young people are not immune to covid.',
    'The lab in Wuhan studied bat coronaviruses.',
    'The origin of the virus, including a possible lab leak, is still being investigated.',
    'Holding your breath is not a test for covid.',
    'The flu vaccine does not make you more likely to get covid.',
    'Wearing a mask makes you feel hot in summer.',
    'Wearing a mask can make glasses steam up.',
    'False positives are rare with PCR tests.',
    'PCR tests rarely give false positives.',
    'The claim that PCR tests give 90% false positives is false.',
    'A false positive lateral flow test is uncommon.',
    'Newspapers were delivered as usual during lockdown.',
    'Kadha is a traditional drink; it does not cure covid.',
    'Vaccination increases immunity against covid.',
    'Covid spreads from person to person.',
    'Covid spreading through care homes.',
    'The virus spreads through the air from people.',
    'Coronavirus spreads from infected people, not from pets.',
]


@pytest.mark.parametrize("claim_id,text", FLAG + WIDENED)
def test_myth_is_flagged_with_its_claim(claim_id, text):
    assert claim_id in _claims(text)


@pytest.mark.parametrize("text", PASS + WIDENED_OK)
def test_accurate_debunking_or_question_is_left_alone(text):
    assert _base_claims(text) == []


def test_every_new_claim_has_flag_and_pass_examples():
    for cid, (flag, ok) in CASES.items():
        assert len(flag) >= 2 and len(ok) >= 2, cid


def test_new_claims_are_in_the_pack_with_a_uk_or_who_source():
    from pathlib import Path

    import postcheck
    from postcheck.pack.loader import load_yaml

    path = Path(postcheck.__file__).parent / "packs" / "hcpc" / "data" / "claims.yaml"
    claims = {c["id"]: c for c in load_yaml(path)["claims"]}
    for cid in CASES:
        c = claims[cid]
        assert c["source"].startswith("https://") and c["position"] and c.get("source_title"), cid


@pytest.mark.parametrize("flag,ok", [
    ("Garlic cures covid, so why do we need vaccines?", "Garlic cures covid, is that true?"),
    ("Hot water kills the virus, who knew?", "Hot water kills the virus?"),
    ("Rumour has it that garlic cures covid.", "There are rumours that garlic cures covid; they are false."),
])
def test_tag_questions_and_passed_on_rumours(flag, ok):
    assert _base_claims(flag) and not _base_claims(ok)


def test_asks():
    assert _asks(" covid?")
    assert _asks(", right?")
    assert _asks(", or is that a myth?")
    assert not _asks(", so why all the fuss?")
    assert not _asks(" in 24 hours.")
