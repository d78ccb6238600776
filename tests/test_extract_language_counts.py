"""How English reports say how many people were executed, sentenced or about to be, and how
they hedge it: an inventory of counts, hedges and groups of people, and of the numbers that
are no claim (rates, shares, death-row populations, people at risk, protest deaths, prison
terms), each a short invented report with the claims corpus/SCHEMA.md says it gives. Written
from the language of such reports, not from any labelled set's sentences."""
import pytest

from language_cases import Want, case, check, params

PUB = "2025-05-14"        # a Wednesday
MON, TUE = "2025-05-12", "2025-05-13"


def ex(country, count, start=TUE, end=None, kind=None, qualifier=None):
    return Want("executed", country, count, start, end or start, kind, qualifier)


def sen(country, count, start=TUE, end=None, kind=None, qualifier=None):
    return Want("sentenced", country, count, start, end or start, kind, qualifier)


def imm(country, count, start=TUE, end=None, kind=None, qualifier=None):
    return Want("imminent", country, count, start, end or start, kind, qualifier)


def year_ex(count, qualifier, country="IR"):
    return ex(country, count, "2024-01-01", "2024-12-31", "aggregate", qualifier)


# 1. Hedges, per SCHEMA.md's qualifier field.
HEDGES = [
    case(f"hedge-{phrase.replace(' ', '-')}", PUB, f"{phrase.capitalize()} {figure} people were executed in Iran in 2024, "
         "the group said.", year_ex(value, qualifier))
    for phrase, figure, value, qualifier in [
        ("at least", "975", 975, "at_least"),
        ("no fewer than", "975", 975, "at_least"),
        ("not less than", "975", 975, "at_least"),
        ("a minimum of", "975", 975, "at_least"),
        ("more than", "900", 900, "more_than"),
        ("over", "900", 900, "more_than"),
        ("upwards of", "900", 900, "more_than"),
        ("in excess of", "900", 900, "more_than"),
        ("just over", "900", 900, "more_than"),
        ("well over", "900", 900, "more_than"),
        ("some", "950", 950, "about"),
        ("about", "950", 950, "about"),
        ("around", "950", 950, "about"),
        ("approximately", "950", 950, "about"),
        ("roughly", "950", 950, "about"),
        ("an estimated", "950", 950, "about"),
        ("nearly", "1,000", 1000, None),
        ("almost", "1,000", 1000, None),
        ("close to", "1,000", 1000, None),
        ("as many as", "1,000", 1000, None),
        ("fewer than", "1,000", 1000, "at_most"),
        ("a total of", "975", 975, "exact"),
        ("no less than", "975", 975, "at_least"),
        ("not fewer than", "975", 975, "at_least"),
        ("well above", "900", 900, "more_than"),
        ("in the region of", "950", 950, "about"),
        ("close on", "1,000", 1000, None),
        ("just under", "1,000", 1000, None),
        ("less than", "1,000", 1000, "at_most"),
    ]
] + [
    case("hedge-after-count", PUB, "Iran executed 975 people or more in 2024, the group said.",
         year_ex(975, "at_least")),
    case("hedge-plus", PUB, "Iran executed 900-plus people in 2024, the group said.", year_ex(900, "more_than")),
    case("hedge-a-little-over", PUB, "Iran executed a little over 900 people in 2024, the group said.",
         year_ex(900, "more_than")),
    case("hedge-at-least-in-brackets", PUB, "Iran executed at least 975 people in 2024 (the real number is "
         "probably higher), the group said.", year_ex(975, "at_least")),
    case("hedge-plus-after-thousands", PUB, "Iran executed 1,000-plus people in 2024, the group said.",
         year_ex(1000, "more_than")),
    case("hedge-and-more", PUB, "At least 975 people were executed in Iran in 2024, and probably more, the group "
         "said.", year_ex(975, "at_least")),
    case("hedge-or-so", PUB, "Iran executed 950 or so people in 2024, the group said.", year_ex(950, "about")),
    case("hedge-reportedly", PUB, "Iran reportedly executed 975 people in 2024, the group said.",
         year_ex(975, None)),
    case("hedge-a-reported", PUB, "Iran executed a reported 975 people in 2024, the group said.",
         year_ex(975, None)),
    case("hedge-estimated-at", PUB, "The number of people executed in Iran in 2024 was estimated at 950.",
         year_ex(950, "about")),
    case("hedge-believed-to-be", PUB, "The number of people executed in Iran in 2024 is believed to be 950, the group "
         "said.", year_ex(950, "about")),
    case("hedge-at-least-in-words", PUB, "At least a thousand people were executed in Iran in 2024, the group said.",
         year_ex(1000, "at_least")),
    case("hedge-nearly-a-thousand", PUB, "Nearly a thousand people were executed in Iran in 2024, the group said.",
         year_ex(1000, None)),
    case("hedge-figure-in-noun", PUB, "The group recorded at least 975 executions in Iran in 2024.",
         year_ex(975, "at_least")),
]

# 2. Numbers written in words, idioms and groups of people.
WORDS = [
    case("a-dozen", PUB, "A dozen prisoners were hanged in Ghezel Hesar prison on Tuesday, Hengaw said.",
         ex("IR", 12, kind="event")),
    case("half-a-dozen", PUB, "Half a dozen men were executed in Zahedan on Tuesday, the group said.",
         ex("IR", 6, kind="event")),
    case("over-two-dozen", PUB, "Over two dozen prisoners were executed in Iran in 2024 for offences committed "
         "as children, the group said.", year_ex(24, "more_than")),
    case("more-than-a-hundred", PUB, "More than a hundred women were executed in Iran in 2024, the group said.",
         year_ex(100, "more_than")),
    case("hundred-in-words", PUB, "One hundred and twelve people were executed in Saudi Arabia in 2024 for "
         "drug offences.", year_ex(112, None, "SA")),
    case("hyphenated-words", PUB, "Twenty-three prisoners were hanged in Iran on Tuesday, Iran Human Rights said.",
         ex("IR", 23)),
    case("a-couple-of", PUB, "A couple of prisoners were executed in Shiraz on Tuesday, activists said.",
         ex("IR", 2, kind="event")),
    case("two-men-and-a-woman", PUB, "Two men and a woman were hanged in Isfahan on Tuesday for drug offences.",
         ex("IR", 3, kind="event")),
    case("three-men-and-two-women", PUB, "Three men and two women were executed in Karaj on Tuesday, the group said.",
         ex("IR", 5, kind="event")),
    case("three-brothers", PUB, "Three brothers were executed in Rasht prison on Tuesday for a murder in 2019.",
         ex("IR", 3, kind="event")),
    case("a-father-and-son", PUB, "A father and son were hanged in Zahedan prison on Tuesday, Haalvsh reported.",
         ex("IR", 2, kind="event")),
    case("a-husband-and-wife", PUB, "A husband and wife were executed in Qazvin on Tuesday for drug trafficking.",
         ex("IR", 2, kind="event")),
    case("twin-brothers", PUB, "Twin brothers were hanged in Yazd on Tuesday, a rights group said.",
         ex("IR", 2, kind="event")),
    case("a-mother-and-daughter", PUB, "A mother and daughter were executed in Qezelhesar prison on Tuesday for "
         "drug trafficking, activists said.", ex("IR", 2, kind="event")),
    case("his-two-sons-victims", PUB, "A man was hanged in Shiraz on Tuesday for killing his brother and his two sons "
         "in 2019.", ex("IR", 1, kind="event")),
    case("two-cousins", PUB, "Two cousins were hanged in Mashhad on Tuesday, the group said.", ex("IR", 2, kind="event")),
    case("a-man", PUB, "A man was executed in Birjand on Tuesday for drug offences, the group said.",
         ex("IR", 1, kind="event")),
    case("a-woman-aged", PUB, "A 42-year-old woman was hanged in Qezelhesar prison on Tuesday, the group said.",
         ex("IR", 1, kind="event")),
    case("a-mother-of-three", PUB, "A mother of three was executed in Urmia prison on Tuesday for killing her husband.",
         ex("IR", 1, kind="event")),
    case("a-father-of-four", PUB, "Reza, a father of four, was hanged in Tabriz on Tuesday, his family said.",
         ex("IR", 1, kind="event")),
    case("named-pair", PUB, "Ali Karimi and Hossein Ahmadi were hanged in Dizelabad prison on Tuesday.",
         ex("IR", 2, kind="event")),
    case("four-members-of-a-family", PUB, "Four members of the same family were executed in Kerman on Tuesday.",
         ex("IR", 4, kind="event")),
    case("another-five", PUB, "Another five prisoners were hanged in Ghezel Hesar on Tuesday, the group said.",
         ex("IR", 5, kind="event")),
    case("two-dozen", PUB, "Two dozen prisoners were hanged in Ghezel Hesar prison on Tuesday, Hengaw said.",
         ex("IR", 24, kind="event")),
    case("three-dozen-a-year", PUB, "Some three dozen women were executed in Iran in 2024, the group said.",
         year_ex(36, "about")),
    case("a-hundred-and-words", PUB, "A hundred and six people were executed in Iran in 2024 for drug offences.",
         year_ex(106, None)),
    case("a-thousand", PUB, "A thousand people were executed in Iran in 2024, the group said.",
         year_ex(1000, None)),
    case("thousands-in-words-and-hundreds", PUB, "One thousand and one people were executed in Iran in 2024.",
         year_ex(1001, None)),
    case("number-words-teens", PUB, "Fourteen men were hanged in Karaj on Tuesday, the group said.",
         ex("IR", 14, kind="event")),
    case("digits-without-comma", PUB, "Iran executed 1000 people in 2024, the group said.", year_ex(1000, None)),
    case("a-pair-of", PUB, "A pair of brothers were hanged in Zahedan on Tuesday, the group said.",
         ex("IR", 2, kind="event")),
    case("a-further", PUB, "A further 12 people were executed in Saudi Arabia on Tuesday, the ministry said.",
         ex("SA", 12, kind="event")),
]

# 3. Reference back: "the two", "both men", "all three" are the people already counted.
BACK = [
    case("the-two", PUB, "Two men were hanged in Shiraz on Tuesday. The two had been convicted of drug trafficking.",
         ex("IR", 2, kind="event")),
    case("both-men", PUB, "Two men were executed in Qom on Tuesday. Both men had denied the charges.",
         ex("IR", 2, kind="event")),
    case("all-three", PUB, "Three prisoners were hanged in Karaj on Tuesday. All three were Afghan nationals.",
         ex("IR", 3, kind="event"), optional=(ex("IR", 3),)),
    case("the-three-executed", PUB, "Three prisoners were hanged in Karaj on Tuesday. The three executed men had "
         "been held for six years.", ex("IR", 3, kind="event")),
    case("the-man-named", PUB, "A man was hanged in Arak on Tuesday. The man, named as Ali Rahimi, was 31.",
         ex("IR", 1, kind="event")),
    case("the-executions-told-again", PUB, "Four prisoners were hanged in Rasht on Tuesday. The four executions "
         "were not announced by state media.", ex("IR", 4, kind="event")),
]

# 4. Numbers that are no claim (SCHEMA.md: rates, shares, death-row populations, people at risk,
#    protest deaths, prison terms, arrests, vague quantities).
NOT_CLAIMS = [
    case("scores-of", PUB, "Scores of prisoners were hanged in Iran in 2024, the group said."),
    case("dozens", PUB, "Dozens of people were executed in Saudi Arabia in 2024, activists said."),
    case("hundreds", PUB, "Hundreds of prisoners were executed in Iran in 2024."),
    case("several", PUB, "Several prisoners were hanged in Ghezel Hesar prison on Tuesday."),
    case("a-handful", PUB, "A handful of people were executed in Japan in 2024."),
    case("rate-per-day", PUB, "Iran executed an average of four people a day in 2024, the group said."),
    case("rate-every-hours", PUB, "In 2024, Iran executed one person every six hours, according to Amnesty."),
    case("rate-a-month", PUB, "Saudi Arabia is executing more than 20 people a month, Reprieve said."),
    case("percentage-rise", PUB, "Executions in Iran rose by 17 per cent in 2024, the group said."),
    case("percentage-share", PUB, "Drug offences accounted for 52% of executions in Iran in 2024, the group said."),
    case("percent-higher-than", PUB, "The number of executions was 18% higher than in April, the group said.",
         optional=()),
    case("group-execution-ordinal", PUB, "Four men were hanged in Ghezel Hesar prison on Tuesday. It was the third group "
         "execution at the prison this month.", ex("IR", 4, kind="event")),
    case("mass-execution-ordinal", PUB, "Seven prisoners were hanged in Karaj on Tuesday, the second mass execution "
         "there this year.", ex("IR", 7, kind="event")),
    case("death-row", PUB, "At least 3,000 people are on death row in Iran, according to rights groups."),
    case("death-row-awaiting", PUB, "More than 60 people are believed to be awaiting execution in Saudi Arabia, "
         "Reprieve said."),
    case("at-risk", PUB, "At least 70 people are at risk of execution in Iran over the protests, Amnesty said."),
    case("protest-deaths", PUB, "Security forces killed more than 500 protesters during the unrest in 2022."),
    case("prison-term", PUB, "A court in Tehran sentenced the journalist to 10 years in prison on Tuesday."),
    case("lashes", PUB, "The man was sentenced to 74 lashes and two years in prison on Tuesday."),
    case("arrests", PUB, "Security forces arrested 22 people in Zahedan on Tuesday, activists said."),
    case("prosecutors-seek", PUB, "Prosecutors are seeking the death penalty for 11 defendants in the case."),
    case("up-to-a-dozen-at-a-time", PUB, "Prisoners are hanged in groups of up to a dozen at a time, a former "
         "inmate said."),
    case("ages", PUB, "The 17-year-old was among the youngest prisoners on death row."),
    case("years-in-custody", PUB, "He had spent 14 years in prison before his sentence was upheld."),
    case("article-number", PUB, "He was charged under Article 286 of the Islamic Penal Code."),
    case("ward-number", PUB, "Prisoners in Ward 8 of Evin prison went on hunger strike on Tuesday."),
    case("rhetorical", PUB, "\"One execution is one too many,\" the group's director said."),
    case("victims-killed", PUB, "The bomb attack killed 25 people in Zahedan in 2023, officials said."),
    case("thousands-of", PUB, "Thousands of people have been executed in Iran since 1988, activists said."),
    case("tens-of", PUB, "Tens of prisoners were hanged in Iran in 2024, the group said."),
    case("a-score-of-years", PUB, "A score of years after the massacre, families still seek the graves."),
    case("rate-a-week", PUB, "Iran is executing more than 30 people a week, the UN said."),
    case("rate-per-week-of-year", PUB, "In 2024, Iran executed an average of 19 people per week, the group said."),
    case("rate-after-a-total", PUB, "Iran executed 1,000 people in 2024, or one every nine hours, the group said.",
         year_ex(1000, None)),
    case("rate-a-day-after-a-total", PUB, "At least 1,000 people were executed in Iran in 2024 - nearly three a "
         "day, the group said.", year_ex(1000, "at_least")),
    case("range-between", PUB, "Between 20 and 30 people were executed in Iraq in 2024, the UN said.",
         optional=(year_ex(20, None, "IQ"),)),
    case("range-to", PUB, "Iran hanged 20 to 30 people in Qom on Tuesday, the group said."),
    case("range-or", PUB, "Two or three men were hanged in Qom on Tuesday, the group said."),
    case("year-before-to-is-no-range", PUB, "Executions in Saudi Arabia rose from 196 in 2022 to 345 in 2024.",
         year_ex(345, None, "SA"), optional=(ex("SA", 196, "2022-01-01", "2022-12-31"),)),
    case("range-dash", PUB, "Some 20-30 people were executed in Iraq in 2024, the UN said.",
         optional=(year_ex(20, None, "IQ"),)),
    case("phone-number", PUB, "The group can be reached on 020 7946 0958 for comment."),
    case("count-of-countries", PUB, "Executions were recorded in 15 countries in 2024, Amnesty said.",
         optional=(year_ex(15, None),)),
]

# 5. Groups with a part in them: one claim for the group, not one per part.
GROUPS = [
    case("including-a-woman", PUB, "Seven inmates, including a woman, were hanged in Qezelhesar prison on Tuesday.",
         ex("IR", 7, kind="event")),
    case("two-of-them-afghan", PUB, "Five prisoners were executed in Isfahan on Tuesday, two of them Afghan nationals.",
         ex("IR", 5, kind="event"), optional=(ex("IR", 2),)),
    case("among-them", PUB, "Nine men, among them a 20-year-old, were hanged in Zahedan on Tuesday.",
         ex("IR", 9, kind="event")),
    case("breakdown-of-year", PUB, "At least 975 people were executed in Iran in 2024. Of those, 31 were women and "
         "503 were hanged for drug offences.", year_ex(975, "at_least"), year_ex(31, None), year_ex(503, None)),
    case("including-women-of-a-year", PUB, "At least 975 people were executed in Iran in 2024, including 31 women.",
         year_ex(975, "at_least"), year_ex(31, None)),
    case("a-group-of", PUB, "A group of 12 prisoners were hanged in Ghezel Hesar prison on Tuesday.",
         ex("IR", 12, kind="event")),
    case("afghan-nationals", PUB, "Three Afghan nationals were executed in Isfahan on Tuesday, the group said.",
         ex("IR", 3, kind="event")),
    case("juvenile-offenders", PUB, "Two juvenile offenders were hanged in Rasht on Tuesday, Amnesty said.",
         ex("IR", 2, kind="event")),
    case("a-teenage-boy", PUB, "A teenage boy was executed in Tabriz on Tuesday, the group said.", ex("IR", 1, kind="event")),
    case("average-after-a-figure", PUB, "At least 1,000 people were executed in Iran in 2024, an average of nearly three "
         "a day.", year_ex(1000, "at_least")),
    case("one-in-four", PUB, "In 2024, one in four of those executed in Iran was a Baluch, the group said."),
    case("more-than-half", PUB, "More than half of those executed in Iran in 2024 were convicted of drug offences."),
    case("total-with-nationalities", PUB, "Saudi Arabia executed a total of 81 people on Tuesday, including 73 Saudis, "
         "seven Yemenis and a Syrian.", ex("SA", 81, kind="event"),
         optional=(ex("SA", 73), ex("SA", 7), ex("SA", 1))),
    case("headline-sum-of-dated-incidents", PUB, "Three Baluch men executed in Zahedan and Birjand; at least 30 "
         "Baluch prisoners executed in May\n\nHaalvsh - Wednesday, 14 May 2025. Three Baluch prisoners, Ali Rigi, "
         "Reza Narouei and Omid Shahbakhsh, have been executed in Zahedan Central Prison and in Birjand.\n\n"
         "Ali Rigi was hanged in Zahedan prison on Monday, 12 May 2025. He had been held for five years.\n\n"
         "Two days earlier, on Saturday, 10 May 2025, Reza Narouei and Omid Shahbakhsh were executed in Birjand "
         "prison.", ex("IR", 1, MON, kind="event"), ex("IR", 2, "2025-05-10", kind="event"),
         ex("IR", 30, "2025-05-01", PUB, "aggregate"), optional=(ex("IR", 3, "2025-05-10", "2025-05-12"),)),
    case("nationals", PUB, "Five Pakistani nationals were hanged in Zahedan on Tuesday, the group said.",
         ex("IR", 5, kind="event")),
    case("saudi-foreigners", PUB, "Saudi Arabia executed 345 people in 2024, 129 of them foreign nationals, an AFP "
         "tally showed.", year_ex(345, None, "SA"), year_ex(129, None, "SA")),
]

# 6. Imminent executions and sentences, with their counts.
OTHER_EVENTS = [
    case("imminent-risk-after-upheld", PUB, "Two Kurdish prisoners face imminent execution after the Supreme Court "
         "upheld their death sentences on Tuesday, Amnesty said.", imm("IR", 2, None),
         optional=(sen("IR", 2),)),
    case("solitary-with-others", PUB, "Ali Karimi was moved to solitary confinement on Tuesday with two others "
         "awaiting execution.", imm("IR", 3)),
    case("sentenced-several-named", PUB, "A court in Tehran sentenced Reza Amini and Karim Soltani to death on "
         "Tuesday.", sen("IR", 2, kind="event")),
    case("death-sentences-carried-out", PUB, "The death sentences of four men convicted of armed robbery were "
         "carried out in Shiraz on Tuesday.", ex("IR", 4, kind="event")),
    case("qisas-carried-out", PUB, "The qisas sentence of a man convicted of murder was carried out in Qom prison "
         "on Tuesday.", ex("IR", 1, kind="event")),
    case("denial", PUB, "The judiciary denied reports that three men had been hanged in Zahedan on Tuesday."),
    case("contrary-to-reports", PUB, "Contrary to earlier reports that three men had been hanged in Zahedan on "
         "Tuesday, their executions were postponed, the family said."),
]

# 7. Running totals: the figure an incident brings a span to, as a claim of that span.
TOTALS = [
    case("bringing-the-total-this-year", PUB, "Iran hanged three men in Qom on Tuesday, bringing the total this year "
         "to 401, the group said.", ex("IR", 3, kind="event"), ex("IR", 401, "2025-01-01", TUE, "aggregate")),
    case("raising-to-the-number", PUB, "Saudi Arabia executed a Pakistani man on Tuesday, raising to 106 the number of "
         "people put to death this year.", ex("SA", 1, kind="event"), ex("SA", 106, "2025-01-01", TUE, "aggregate")),
    case("the-hundredth-of-the-year", PUB, "A man was hanged in Shiraz on Tuesday, the 100th execution in Iran this "
         "year, the group said.", ex("IR", 1, kind="event"), ex("IR", 100, "2025-01-01", TUE, "aggregate")),
    case("taking-this-years-total", PUB, "Two men were executed in Saudi Arabia on Tuesday, taking this year's total "
         "to 107, according to an AFP tally.", ex("SA", 2, kind="event"),
         ex("SA", 107, "2025-01-01", TUE, "aggregate")),
    case("executions-stood-at", PUB, "Executions in Saudi Arabia in 2024 stood at 345, the highest on record.",
         year_ex(345, None, "SA")),
    case("executions-numbered", PUB, "Hangings in Iran numbered at least 975 in 2024, the group said.",
         year_ex(975, "at_least")),
    case("executions-reached-a-share", PUB, "Executions for drug offences reached 52 per cent of the total in 2024."),
    case("the-total-now-stands", PUB, "Four men were hanged in Karaj on Tuesday. The number of executions in Iran "
         "this year now stands at 420, the group said.", ex("IR", 4, kind="event"),
         ex("IR", 420, "2025-01-01", PUB, "aggregate")),
]

# 8. Headlines and lines of a table: a figure's span from its heading or its label.
LAYOUT = [
    case("headline-with-a-week", PUB, "Iran: 31 executions in a week\n\nAt least 31 people were executed in Iran in "
         "the past week, the group said.", ex("IR", 31, "2025-05-07", PUB, "aggregate")),
    case("table-of-months-of-a-year-so-far", PUB, "Executions in Iran this year, by month:\n\nJanuary: 80\n"
         "February: 95\nMarch: 60\nApril: 71", ex("IR", 80, "2025-01-01", "2025-01-31", "aggregate"),
         ex("IR", 95, "2025-02-01", "2025-02-28", "aggregate"), ex("IR", 60, "2025-03-01", "2025-03-31", "aggregate"),
         ex("IR", 71, "2025-04-01", "2025-04-30", "aggregate")),
    case("table-of-months", PUB, "Executions in Iran in 2024, by month:\n\nJanuary: 80\nFebruary: 95\nMarch: 60",
         ex("IR", 80, "2024-01-01", "2024-01-31", "aggregate"), ex("IR", 95, "2024-02-01", "2024-02-29", "aggregate"),
         ex("IR", 60, "2024-03-01", "2024-03-31", "aggregate")),
]

CASES = HEDGES + WORDS + BACK + NOT_CLAIMS + GROUPS + OTHER_EVENTS + TOTALS + LAYOUT

# Kinds the rules do not read yet
GAPS = {
    "hedge-in-the-region-of": "\"in the region of\": after an active verb (\"executed in the region of 300\") the "
                              "preposition is read as the start of a place, so it is no hedge yet",
    "solitary-with-others": "\"with two others\" after a named prisoner moved to solitary",
}


@pytest.mark.parametrize("c", params(CASES, GAPS))
def test_a_count_of_execution_reports_gives_its_claims(c):
    check(c)
