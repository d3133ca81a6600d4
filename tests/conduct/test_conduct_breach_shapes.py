"""Breach shapes added in session 15 to the pack's phrase rules and claims (D106, T101-T105,
M104-M105, B102-B106, A101), each with posts it must flag and look-alikes it must leave alone.
Every sentence is our own."""

from __future__ import annotations

import pytest

from conduct_helpers import CHECKER


def codes(text: str, standard: str) -> set[str]:
    return {f.code for f in CHECKER.check(text).findings if standard in f.standards and f.severity != "info"}


FLAG = [
    # 1.6: a service turning away or putting last people described in plain words
    ("1.6", "D106", "From January we will no longer take on clients who are pregnant, they cancel too often."),
    ("1.6", "D106", "I no longer accept trans-identified clients in my private practice."),
    ("1.6", "D106", "Sorry, we are not able to book patients with a learning disability, the slots are too short."),
    ("1.6", "D106", "Stroke patients over 85 don't get full speech therapy from me any more."),
    ("1.6", "D106", "Anyone with a psych history gets the last appointment of the day from now on."),
    ("1.6", "D106", "Since the estate became mostly Polish I have stopped offering home visits there."),
    # 9.1: intoxication, dishonesty and unlawful acts connected to work; mocking; extremism
    ("9.1", "T101", "came into clinic still hanging from the wedding, pretty sure I mixed up two referrals lol"),
    ("9.1", "T101", "did a full hearing test hungover this morning and guessed the last few frequencies"),
    ("9.1", "T102", "nicked a box of gloves and some sample pots from the lab for the kids' slime party"),
    ("9.1", "T102", "Filled my CPD log with four webinars I never watched. Nobody checks."),
    ("9.1", "T102", "Claimed mileage for three home visits I didn't do this month, everyone does it"),
    ("9.1", "T102", "I called in sick on Friday with a 'migraine' and stretched it into a long weekend in Malaga"),
    ("9.1", "T102", "Drove home from the leaving do probably twice the limit, first patient at 8"),
    ("9.1", "T103", "the old boy in bay 4 finally croaked, more room on the rehab list"),
    ("9.1", "T103", "POV: the lad on my caseload with the stammer trying to order a pizza 😂😂"),
    ("9.1", "T105", "Reposting this: \"Send them all back, starting with the ones in our clinics.\" Couldn't have said it better."),
    # 2.10: doxxing, review bombing, mockery of colleagues
    ("2.10", "M104", "The owner is Gary Pratt and here's his personal mobile. Ring him and tell him what you think."),
    ("2.10", "M104", "Left my old practice a one-star review under four different names this week."),
    ("2.10", "M104", "I found out where you work and I'm sending these comments to your manager."),
    ("2.10", "M105", "My co-worker's reports are a joke. Honestly the laughing stock of the department."),
    ("2.10", "M105", "New video: my impression of our clinic manager, her lisp, her waddle and her tantrums."),
    # 1.12: abuse of position
    ("1.12", "B103", "Told the student I'd get her competencies signed off quicker if she came out for drinks with me."),
    ("1.12", "B103", "moved her to my last slot so I get longer with her lol, the single mum with the twins 👀"),
    ("1.12", "B105", "A client I've seen for years has offered to pay off my credit card, and I've said yes."),
    ("1.12", "B105", "I've agreed to be named in a long-term patient's will. She says I deserve it."),
    ("1.12", "B105", "Patient at the warfarin clinic slipped me £20 for getting her result back quickly"),
    # 1.11 and 1.10
    ("1.11", "B106", "Mention my name at the clinic, friends from the running club skip the triage queue."),
    ("1.11", "B106", "My friend's son isn't eligible for our service, but I've put him on my caseload anyway."),
    ("1.11", "B106", "Told the coordinator my neighbour was more urgent than he is so he's first tomorrow."),
    ("1.10", "B102", "just fb messaged the lady from last night's fall to check her hip is ok"),
    ("1.10", "B102", "hiya, just whatsapp me the video of him doing his exercises and I'll send new ones tonight"),
    ("1.9", "B104", "mum of one of my little ones on caseload invited me to his party on Saturday, obvs going"),
    ("1.9", "B101", "I make a point of adding every client on Facebook after their first visit."),
    ("1.9", "B101", "Sent a friend request to the nice man I scanned on Tuesday, found him on Facebook."),
    ("2.10", "M104", "the reg had another meltdown today. funny, I know exactly where he parks his car"),
    ("2.10", "M104", "To the clinic down the road: we know where your staff live. Keep it up and see what happens."),
    ("2.10", "M104", "Everyone go and leave one-star reviews for Northgate Physio, they sacked my mate."),
    ("1.11", "B106", "Proud to say I've appointed my son to our new band 5 physio post."),
    ("1.11", "B106", "Signed off my sister's competency portfolio today, no need to observe her."),
    ("1.11", "B106", "I'm on the interview panel for the lab post and my boyfriend has applied."),
    # 2.11: health misinformation
    ("2.11", "A101", "Before you agree to chemo, try a strict alkaline diet instead of treatment. Cancer feeds on sugar."),
    ("2.11", "A101", "Try ear candling every night for a week, it draws out the wax."),
    ("2.11", "A101", "antibiotics for every sniffle, that's my motto, and keep the leftovers in the cupboard"),
    ("2.11", "A101", "Everyone on statins should watch this and stop taking them today."),
    ("2.11", "A101", "Eye yoga can reverse short-sightedness in kids, no glasses needed."),
]

PASS = [
    ("1.6", "I will never accept people saying disabled people are a burden."),
    ("1.6", "We don't offer a cure for autism, and we're wary of anyone who claims to."),
    ("9.1", "so hungover today, glad I'm not at work"),
    ("9.1", "Hanging out with the team at the clinic Christmas party tonight"),
    ("9.1", "Still hanging the bunting in the waiting room for the open day"),
    ("9.1", "our dog has nicked two socks from my work bag this week 😂"),
    ("9.1", "Drink-driving: over the limit means over 80 mg per 100 ml in England. Our lab sees too many."),
    ("9.1", "my client with a stammer told the best joke in group today 😂 so proud of him"),
    ("9.1", "Called in sick with flu today, feel awful, back tomorrow hopefully"),
    ("2.10", "to the consultant who shouted at me today: I've reported it and spoken to my manager"),
    ("1.12", "A client offered to pay off my car loan. I said no and logged it with my manager."),
    ("1.9", "Please don't add every patient on Facebook, it blurs boundaries."),
    ("2.10", "I know where the good coffee lives in this hospital"),
    ("1.11", "I stepped off the interview panel because my boyfriend has applied, and told HR."),
    ("1.12", "Reminder: never agree to be named in a patient's will, it breaches our gifts policy."),
    ("1.12", "one of my clients asked to borrow £300 til payday, said no, kindly, and got her welfare advice"),
    ("2.11", "Sugar doesn't feed cancer, but a balanced diet during chemo matters. Ask your dietitian."),
    ("2.11", "Ear candling doesn't remove wax and can burn you, please don't."),
    ("2.11", "PSA: antibiotics don't work on colds and don't keep the leftovers, take them back to the pharmacy"),
    ("2.11", "If the statins give you muscle pain, talk to your GP before you stop taking them."),
    ("2.11", "If you want to come off antidepressants, plan it with your GP; stopping suddenly can cause withdrawal."),
    ("2.11", "Eye exercises won't reverse short-sightedness, but outdoor play may slow it."),
]




FLAG_2 = [
    ("1.6", "D106", "I put the over-80s at the bottom of my list every time, better return on younger knees."),
    ("1.6", "D106", "Couples in civil partnerships should seek support elsewhere, our programme is for married couples."),
    ("1.6", "D106", "Mums coming back from maternity leave probably won't suit the hours."),
    ("1.9", "B105", "Mr K is lending me his caravan in Whitby for a week, bless him."),
    ("1.10", "B102", "it's Sue your physio, on my own number, just text me how the knee is"),
    ("1.10", "B102", "I text abnormal results to patients from my own phone, the clinic is too slow"),
    ("1.11", "B106", "swap me onto my wife's list on Thursday, I want to scrub for her"),
    ("1.11", "B106", "friends and family of our staff can still get an appointment this month, just mention who you know"),
    ("1.12", "B103", "I got his number off the request form, think I'll text him 😏"),
    ("1.12", "B105", "A patient I'm treating is putting £10k into my new clinic for a share of the profits."),
    ("9.1", "T101", "three glasses in and still doing the afternoon clinic like a pro"),
    ("9.1", "T102", "took a couple of vials of midazolam home, helps me sleep after nights"),
    ("9.1", "T102", "we made up half of the QC results when the analyser died, nobody checks"),
    ("9.1", "T105", "Stop the boats. Sink them."),
    ("9.3", "P107", "Started calling myself 'Dr Sam' in my adverts, the PhD is in history but nobody asks"),
    ("2.11", "A101", "skip the blood thinners before your op, hospitals just push drugs"),
]

PASS_2 = [
    ("1.9", "had a patient crying in CT today, held her hand till it was done"),
    ("1.12", "A client told me she'd put me in her will. I explained I can't accept that and told my manager."),
    ("1.11", "Dad's getting new hearing aids, I passed him to a colleague so I'm not fitting my own family."),
    ("9.3", "Our service now offers video calls through the NHS-approved platform, no WhatsApp needed."),
    ("2.11", "Vision screening is not a racket, it picks up lazy eye early."),
]




FLAG_3 = [
    ("1.9", "B104", "Miss my Tuesday patients since I moved posts. Still go round Edna's for Sunday dinner most weeks."),
    ("1.9", "B104", "half my regulars are proper mates now, had 6 of them round for my birthday BBQ"),
    ("1.9", "B104", "Lad I fitted for his new knee brace is now on my five-a-side team, get in"),
    ("1.9", "B101", "I routinely accept Facebook friend requests from my music therapy clients."),
    ("1.10", "B102", "nervous about your op? add my personal insta and DM me, I'll answer your questions tonight"),
    ("1.11", "B106", "booked my mates scan for Monday, bumped a routine one back a week"),
    ("1.11", "B106", "Fitted my auntie yesterday without bothering with a hearing test"),
    ("1.12", "B103", "Texted my clinic patient after his appointment to say I'd love to see him outside work."),
    ("1.12", "B105", "Selling my old bike, first dibs to my physio clients"),
    ("9.1", "T101", "cheeky spliff in the lab toilets b4 nights, the centrifuge is hypnotic"),
    ("9.1", "T101", "came in still hammered this morning and fitted two sockets like that"),
    ("2.10", "M104", "Our rota manager lives at 12 Swan Way, Wigan. Feel free to pop round and ask him."),
    ("2.10", "M104", "Sharing all her messages below so people can see what she's really like"),
    ("2.11", "A101", "cancer is just trapped emotions, a positive mindset shrinks tumours"),
    ("2.11", "A101", "she doesnt need the antibiotics her GP gave her, garlic and honey do the same job"),
    ("2.11", "A101", "fluoride in the water is literally rat poison"),
]

PASS_3 = [
    ("1.9", "Going round my mum's for Sunday dinner after a long week of clinics"),
    ("1.9", "Bumped into two of the lads I'm treating on a night out, said hiya and left them to it."),
    ("1.10", "DM the clinic page for appointments, never my personal insta."),
    ("1.11", "my best friend asked if she could jump the queue. explained I can't and helped her find the self-referral form"),
    ("1.12", "A patient tried to leave me her house in her will; I said no and told my manager."),
    ("9.1", "Never drive home three times over the limit, we see the results."),
    ("2.11", "Fluoride isn't rat poison, it's at safe levels in UK water."),
    ("1.6", "We do not scan pregnant patients with CT unless it is clinically urgent, for radiation safety."),
]


@pytest.mark.parametrize("standard, code, text", FLAG + FLAG_2 + FLAG_3)
def test_breach_shape_is_flagged(standard, code, text):
    assert code in codes(text, standard)


@pytest.mark.parametrize("standard, text", PASS + PASS_2 + PASS_3)
def test_look_alike_is_left_alone(standard, text):
    assert codes(text, standard) == set()
