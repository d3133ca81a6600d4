import pytest

from postcheck.model.context import PROFESSIONS, Context, ContextError, normalise_profession


@pytest.mark.parametrize("written,key", [
    ("paramedic", "paramedic"), ("Paramedics", "paramedic"), ("physio", "physiotherapist"),
    ("Physiotherapist", "physiotherapist"), ("SLT", "slt"), ("salt", "slt"),
    ("speech and language therapist", "slt"), ("Speech & Language Therapist", "slt"),
    ("OT", "occupational_therapist"), ("occupational therapists", "occupational_therapist"),
    ("ODP", "odp"), ("dietician", "dietitian"), ("chiropodist", "podiatrist"),
    ("Podiatrist", "podiatrist"), ("clinical psychologist", "psychologist"),
    ("music therapist", "arts_therapist"), ("BMS", "biomedical_scientist"),
    ("hearing aid dispenser", "hearing_aid_dispenser"), ("orthoptist", "orthoptist"),
    ("prosthetist", "prosthetist_orthotist"), ("radiographer", "radiographer"),
    ("clinical scientist", "clinical_scientist"),
])
def test_profession_aliases(written, key):
    assert normalise_profession(written) == key


def test_all_fifteen_professions_are_known():
    assert len(PROFESSIONS) == 15


@pytest.mark.parametrize("field,value", [
    ("account", "work"), ("audience", "everyone"), ("consent", "yes"), ("platform", "myspace"),
    ("profession", "astronaut"),
])
def test_unknown_context_values_are_rejected_with_the_field_named(field, value):
    with pytest.raises(ContextError) as err:
        Context.make(**{field: value})
    assert field in str(err.value) and value in str(err.value)


def test_context_defaults_and_overlay():
    base = Context.make(profession="physio", account="professional")
    ctx = Context.from_mapping({"audience": "friends", "unknown": "ignored"}, base)
    assert (ctx.profession, ctx.account, ctx.audience, ctx.consent) == ("physiotherapist", "professional", "friends", "none")
    assert Context.make(platform="Twitter").platform == "x"
