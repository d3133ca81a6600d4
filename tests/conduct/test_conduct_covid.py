"""COVID-19 and vaccine claims (HCPC 2.11): the myths UK and WHO public-health bodies debunked
in 2020-2022, in varied wording, must be flagged; debunking, honest questions, reports of what
others say, accurate advice and research reporting must not.

Every sentence here was written for this file by the postcheck project (none is taken from an
evaluation set or from Check-COVID); benchmarks/conduct.py and benchmarks/covid_control.py
measure the external yardsticks.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from postcheck.detectors.conduct_claims import ClaimBase, _AllOf, _matches

from conduct_helpers import CHECKER  # noqa: E402  (one checker for the conduct tests)
REPO = Path(__file__).resolve().parents[2]


def _claims(text):
    res = CHECKER.check(text)
    out = []
    for f in res.findings:
        if "2.11" in f.standards and f.severity != "info":
            out += [e.split("=", 1)[1] for e in f.evidence if e.startswith("claim=")] or [f.code]
    return out


MUST_FLAG = [
    'Drinking hot water every hour will kill the coronavirus.',
    "Apparently the coronavirus can't survive temperatures above 26 degrees.",
    'They say a hot bath protects you from COVID-19.',
    'Eating raw garlic prevents infection with the new coronavirus.',
    'Gargling with salt water kills the virus before it reaches your lungs.',
    'The virus stays in your throat for four days, so gargle with vinegar.',
    'A Chinese doctor has found a cure for coronavirus using herbal tea.',
    'Scientists in Israel discovered the cure for COVID-19.',
    'Boiled garlic water is the cure for coronavirus, share with everyone.',
    'Vitamin C megadoses will protect you against covid.',
    'Hydroxychloroquine is a game changer and cures covid.',
    "Ivermectin wipes out covid, they just don't want you to know.",
    'Drinking bleach kills the coronavirus.',
    'Spraying chlorine on your body will kill the virus.',
    'Helicopters will spray disinfectant tonight, stay indoors and close your windows.',
    'The coronavirus was created in a lab as a biological weapon.',
    'Covid-19 was deliberately released by China.',
    'The virus is man-made, engineered by Bill Gates.',
    'Bill Gates wants to use the covid vaccine to microchip us all.',
    'The Simpsons predicted the coronavirus back in 1993.',
    'Dean Koontz predicted the virus in The Eyes of Darkness.',
    'Coronavirus was patented years ago.',
    'A vaccine for coronavirus already existed in 2015.',
    'Covid is just a bad flu.',
    'Coronavirus is no worse than the common cold.',
    'Covid death figures are massively inflated.',
    'Most of them died with covid, not from covid.',
    'Hospitals get paid extra for every covid death they record.',
    'The hospitals are empty, #filmyourhospital',
    'The virus has never been isolated.',
    "Covid isn't even real.",
    'The covid hoax is falling apart.',
    '5G towers are spreading the coronavirus.',
    'The real cause of covid is 5G radiation.',
    'Face masks cause carbon dioxide poisoning.',
    'Wearing a mask lowers your oxygen levels and weakens your immune system.',
    'The covid vaccine changes your DNA.',
    'mRNA jabs rewrite your genetic code.',
    'The vaccine will make women infertile.',
    'The covid jab causes miscarriages.',
    'The vaccine contains microchips to track you.',
    'The Pfizer jab is full of graphene oxide.',
    'The covid vaccine causes AIDS.',
    'The jab is more dangerous than the virus itself.',
    'The vaccines have killed more people than covid.',
    'Vaccinated people are shedding spike proteins onto others.',
    "The covid vaccine doesn't even work.",
    'Natural immunity is far better than the vaccine.',
    "PCR tests can't tell covid from flu.",
    'The test swabs damage the blood-brain barrier.',
    'A papaya tested positive for covid, the tests are a scam.',
    'Eating chicken spreads the coronavirus.',
    'Avoid ice cream and cold drinks to prevent coronavirus.',
    'Mosquitoes can transmit the coronavirus.',
    "Children can't catch covid.",
    'Black people are immune to the coronavirus.',
    'The pneumonia vaccine protects you against coronavirus.',
    "Hand sanitiser doesn't kill the coronavirus.",
    'Ibuprofen makes covid much worse, four young people are in intensive care.',
    'The flu jab increases your risk of covid.',
    'Ventilators are killing covid patients.',
    'Covid is caused by bacteria, so take aspirin.',
    "Holding your breath for 10 seconds shows you don't have coronavirus.",
    'Antibiotics cure covid.',
    'Cocaine kills the coronavirus.',
    'Cow urine cures covid.',
    'Lemon and baking soda kill the coronavirus.',
    'Coronavirus can be cured with one bowl of freshly boiled garlic water.',
    'Sunlight kills coronavirus so go out in the sun.',
    'Covid deaths are fake, they are counting car crashes.',
    'Flu deaths are being relabelled as covid.',
    'The covid vaccine gives you covid.',
    'Vaccinated people are creating the new variants.',
    'The plandemic was planned all along.',
    'Covid vaccines are experimental gene therapy.',
    'Coronavirus: drinking warm water can kill the virus, says doctor',
    '#coronavirus can be cured by one bowl of freshly boiled garlic water',
    'BREAKING: Cure for COVID19 found by Chinese scientists!!',
    'Corona virus before it reaches the lungs remains in the throat for four days',
    'nCoV can be prevented by eating garlic',
    'Onions absorb the virus, put a cut onion in every room to stop corona',
    'Russian President says the Corona virus was made in a US lab',
    'COVID-19 is a bioweapon made in Wuhan',
    "The new coronavirus can't survive in the heat of summer",
    'Taking vitamin D helps you fight off covid',
    'Corona can be destroyed by inhaling steam from a pot of boiling water',
    'Wuhan virus was created by the CIA',
    'CORONAVIRUS IS A HOAX',
    'covid vaccine = microchip',
    'Bill Gates owns the patent for the coronavirus',
    'Drinking alcohol protects you from coronavirus',
    'Holding your breath for 10 seconds is a self check for covid',
    'Coronavirus spreads through 5G networks',
    'Masks make you breathe your own CO2',
    'Covid jab will alter your DNA permanently',
    'Vaccine shedding is real, stay away from the vaccinated',
    "Kids don't spread covid so there's no need for masks in schools",
    'Chloroquine cures coronavirus patients in days',
    'Eating bananas prevents coronavirus',
    'Sniffing cocaine kills coronavirus',
    'Hairdryer hot air kills the coronavirus in your nose',
    'Coronavirus dies at 27 degrees, stay in the sun',
    'The virus can be killed by drinking hot tea every 15 minutes',
    'Indian home remedy cures coronavirus patients',
    'This herbal drink cures coronavirus in 24 hours',
    'Your dog can give you coronavirus.',
    'Cats spread covid to their owners.',
    'We have already reached herd immunity, no need for jabs.',
    'The spike protein in the jab is toxic.',
    'To kill coronavirus, drink hot water with lemon.',
    'Apparently the virus dies in hot weather.',
    'Pregnant women should not have the covid vaccine.',
    'My friend who is a doctor says drink warm water to stop the virus, forward this to all your groups.',
    'Message from a doctor in Wuhan: the virus hates heat. Forward this to everyone.',
    'The jab is not safe in pregnancy.',
    "I already had covid so I don't need the jab.",
    'The vaccine skipped animal trials.',
]

MUST_PASS = [
    "Myth: hot water kills the coronavirus. It doesn't.",
    'There is no evidence that garlic protects against coronavirus.',
    'Does vitamin C prevent covid?',
    'Wash your hands with soap, it kills the virus.',
    'Alcohol-based hand sanitiser kills the coronavirus on your hands.',
    'Clean surfaces with bleach to kill the virus.',
    'The vaccine reduces your risk of severe covid.',
    'Vaccines protect against severe illness from covid.',
    'Covid can be more serious than flu for older people.',
    'Covid vaccines do not change your DNA.',
    'No, the vaccine does not contain a microchip.',
    'The jab cannot make you infertile, according to the RCOG.',
    'People are saying 5G spreads covid, which is nonsense.',
    'A viral post claims garlic cures covid; this is false.',
    'A trial found that patients treated with hydroxychloroquine did no better.',
    'Study: vitamin D deficiency may be associated with worse covid outcomes.',
    'Ivermectin did not reduce deaths in the PRINCIPLE trial.',
    'Dexamethasone cuts deaths in covid patients on ventilators.',
    'Paxlovid is offered to people at higher risk from covid.',
    'Heat and humidity do not stop the coronavirus spreading.',
    'Masks do not cause carbon dioxide poisoning.',
    'The origin of the virus is still being investigated.',
    'Covid deaths are recorded from death certificates.',
    'Hospitals were under huge pressure in January.',
    'Vaccinated people cannot shed the vaccine.',
    'PCR tests detect the genetic material of the virus.',
    'Children can catch and spread covid.',
    'The pneumonia vaccine does not protect against covid.',
    'Paracetamol or ibuprofen can be used for covid symptoms.',
    'The flu jab does not give you flu or covid.',
    'Scientists are racing to find a cure for coronavirus.',
    'There is no cure for covid, but treatments help.',
    'Covid vaccine uptake among care home staff has risen.',
    'Our ward had three covid patients on ventilators this week.',
    'The UK approved the Pfizer vaccine in December 2020.',
    'Soap destroys the coronavirus in 20 seconds.',
    'UV lamps kill the virus on surfaces in hospitals.',
    'Drink plenty of fluids and rest if you have covid.',
    'Patients who recovered from covid were discharged today.',
    'Get your booster, it protects against severe covid.',
    'Natural immunity after infection wanes over time, so vaccination still matters.',
    'Please book your covid jab today.',
    'The government spent billions on test and trace.',
    'Boris Johnson was admitted to hospital with covid.',
    'Wash your hands after stroking pets.',
    'Herd immunity has not been reached.',
    'A cat tested positive for covid in Belgium.',
    'The covid vaccine was made in a Belgian lab and shipped to the UK.',
    'The covid vaccine was developed in the Oxford lab.',
    "It's false that the jab alters your DNA.",
    "Some people claim the jab makes you magnetic, but it can't.",
    'Is it true that 5G spreads covid?',
    'Pregnant women should have the covid vaccine.',
    'Covid cases are rising again, please test if you have symptoms.',
    'Lateral flow tests are free for eligible patients.',
    'Proud of our ICU team who cared for covid patients through the pandemic.',
    'Lost a patient to covid today. Heartbroken.',
    'The spring booster campaign starts Monday for over-75s.',
    'Vaccines contain mRNA that teaches cells to make a harmless piece of spike protein.',
    'Masks reduce the spread of respiratory viruses in clinical settings.',
    'Our staff wear FFP3 masks on covid wards.',
    'Paxlovid must be started within five days of symptoms.',
    "Remember, antibiotics don't work on viruses like covid.",
    'Flu and covid jabs can be given at the same appointment.',
    'Pregnant women are at higher risk from covid, so get vaccinated.',
    'Long covid clinic referrals have doubled.',
    'Vitamin D is recommended in winter for bone health, not as a covid cure.',
    'Our hospital spray-cleans the wards with disinfectant to kill the virus.',
    'Covid killed my grandad in 2020; please get vaccinated.',
    'The vaccine can cause a sore arm and mild fever for a day or two.',
    'Rare blood clots were linked to the AstraZeneca vaccine.',
    'Myocarditis after mRNA vaccines is rare and usually mild.',
    'The virus spreads more easily indoors, so open a window.',
    'Children can get covid but are usually less ill.',
    'A positive lateral flow test means you probably have covid.',
    "I've had covid three times now, and each time was milder.",
    'Ventilation helps stop covid spreading in classrooms.',
    "Bill Gates' foundation funds polio vaccination.",
    "We're fundraising for better 5G coverage in rural areas.",
    'Hand sanitiser kills most viruses, but wash with soap when hands are dirty.',
    'Drinking plenty of water helps you recover from covid symptoms.',
    "There's no cure for covid, but most people get better on their own.",
    'Covid deaths fell sharply after the vaccine rollout.',
    'The pandemic was planned for in Exercise Cygnus, but not well enough.',
    'Heat kills: check on elderly neighbours during the heatwave.',
    'Covid vaccines have saved millions of lives worldwide.',
    'The vaccine was developed quickly because the funding and trials ran in parallel, not because steps were skipped.',
    'Nurses died of covid in the first wave, and we remember them.',
    'Covid is far more dangerous than flu for unvaccinated older people.',
    'Fever, cough and loss of smell are the main covid symptoms.',
    'The care home outbreak was declared over today.',
    'Patients on ventilators with covid need round-the-clock care.',
    'Stop the spread: wash your hands, cover your cough, stay home if unwell.',
    'Our covid vaccine clinic has walk-in slots this weekend.',
    'The hot water system on ward 6 has been fixed.',
    'Garlic bread for lunch again, living the dream.',
    'Ivermectin is a good drug for river blindness and scabies.',
    'The new variant spreads faster but the vaccine still protects against severe illness.',
    'Exercise helps your immune system, but it does not replace your covid jab.',
    'Covid tests are no longer free for most people in England.',
    'Deaths from covid were recorded when a doctor listed it on the certificate.',
    'The NHS says covid vaccines are safe, share this with your family.',
    'Cats can transmit coronavirus to other cats in the lab.',
    'If you had covid you still need the vaccine.',
    'There is no evidence that the jab is unsafe in pregnancy.',
    'Back in 2020 the JCVI advised pregnant women should not have the vaccine.',
]


@pytest.mark.parametrize("text", MUST_FLAG)
def test_covid_myth_is_flagged(text):
    assert _claims(text)


@pytest.mark.parametrize("text", MUST_PASS)
def test_accurate_debunking_or_reporting_post_is_left_alone(text):
    assert _claims(text) == []


@pytest.mark.parametrize("flag,ok", [
    ("Garlic water kills the coronavirus.", "Myth: garlic water kills the coronavirus."),
    ("The jab alters your DNA.", "No, the jab does not alter your DNA."),
    ("Hot weather kills the virus.", "Does hot weather kill the virus?"),
    ("Apparently masks cause carbon dioxide poisoning.", "A viral post claims masks cause carbon dioxide poisoning."),
    ("Ivermectin cures covid.", "A trial found ivermectin did not help covid patients."),
    ("The virus was engineered as a bioweapon.", "There is no evidence the virus was engineered as a bioweapon."),
])
def test_flag_and_pass_pairs(flag, ok):
    assert _claims(flag) and not _claims(ok)


def test_word_order_does_not_matter():
    for text in ("Hot lemon water kills covid.", "Covid is killed by hot lemon water.",
                 "To kill covid, drink hot lemon water."):
        assert "covid-home-remedy" in _claims(text), text


def test_the_finding_names_the_claim_and_its_source():
    res = CHECKER.check("Hydroxychloroquine is a game changer that cures covid.")
    f = next(f for f in res.findings if f.code == "A101")
    assert any(e.startswith("claim=covid-") for e in f.evidence)
    assert any(e.startswith("source=https://") for e in f.evidence)


def test_all_of_needs_every_part_in_one_sentence_within_the_window():
    rx = _AllOf([re.compile(r"garlic"), re.compile(r"covid"), re.compile(r"cures?")], 40)
    m = rx.search("for covid, garlic cures it")
    assert m is not None and m.group() == "covid, garlic cures"
    assert rx.search("covid? garlic cures it") is None                    # "?" ends a sentence
    assert rx.search("garlic is tasty. it cures covid") is None          # two sentences
    assert rx.search("garlic" + " x" * 30 + " cures covid") is None       # too far apart
    spans = [m.span() for m in _matches(rx, "covid: garlic cures. covid, garlic cures")]
    assert len(spans) == 2                                                # one per anchor, no endless loop


def test_all_of_needs_two_parts():
    from postcheck.errors import PackError

    bad = {"claims": [{"id": "x", "topic": "t", "claim": "c", "position": "p", "source": "s",
                        "patterns": [{"all": ["covid"]}]}]}
    with pytest.raises(PackError):
        ClaimBase(bad, {})


def test_control_script_skips_cleanly_without_the_data(tmp_path):
    run = subprocess.run([sys.executable, str(REPO / "benchmarks" / "covid_control.py"), "--shared", str(tmp_path)],
                         capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(REPO / "src")})
    assert run.returncode == 0 and "skipped" in run.stdout
