"""How English reports mention executions and death sentences without reporting one: a sentence
undone, calls and appeals, what the law allows, what prosecutors seek, denials and rumours,
other deaths and punishments, the lead-up to the execution reported, other senses of
"execute" and "hanging", films and history. Each is a short invented report with the claims
corpus/SCHEMA.md says it gives (none, or only optional ones, beside the incident some of them
report). Written from the language of such reports, not from any labelled set's sentences."""
import pytest

from language_cases import case, check, params, wants_on

PUB = "2025-05-14"        # a Wednesday
TUE = "2025-05-13"

ex, sen, imm = wants_on(TUE)


# 1. A death sentence or an execution undone: no claim (the sentence undone may be told as background).
UNDONE = [
    case("commuted", PUB, "Iran's Supreme Court commuted the death sentence of a juvenile offender to 15 years in "
         "prison on Tuesday.", optional=(sen("IR", 1, None),)),
    case("overturned", PUB, "An appeals court in Iran overturned the death sentence of a Kurdish man on Tuesday and "
         "ordered a retrial, his lawyer said.", optional=(sen("IR", 1, None),)),
    case("acquitted", PUB, "A court in Tehran acquitted a man who had faced the death penalty on charges of "
         "moharebeh, his lawyer said on Tuesday."),
    case("pardoned-by-family", PUB, "The victim's family pardoned a man at the foot of the gallows in Qazvin prison "
         "on Tuesday, sparing his life."),
    case("stayed-by-judge", PUB, "A federal judge stayed the execution of a Texas man on Tuesday, hours before he "
         "was to be put to death."),
    case("clemency-granted", PUB, "The governor of Oklahoma granted clemency to a death row prisoner on Tuesday, "
         "commuting his sentence to life without parole."),
    case("postponed", PUB, "The execution of Ahmad Rezaei in Isfahan, set for Tuesday, was postponed after his "
         "family paid blood money."),
    case("last-minute-reprieve", PUB, "A Singaporean man won a last-minute reprieve on Tuesday, a day before he was "
         "due to be hanged for drug trafficking."),
    case("halted-execution", PUB, "Iranian authorities halted the execution of a young wrestler in Shiraz on "
         "Tuesday after an international outcry."),
    case("sentence-quashed", PUB, "Egypt's Court of Cassation quashed the death sentences of 21 defendants on "
         "Tuesday and ordered a new trial.", optional=(sen("EG", 21, None),)),
]

# 2. Calls, appeals, what the law allows and what prosecutors seek.
CALLS_AND_LAW = [
    case("urged-to-halt", PUB, "Amnesty International urged Iran on Tuesday to halt the execution of a young "
         "protester sentenced after an unfair trial.", optional=(sen("IR", 1, None),)),
    case("called-on-to-stop", PUB, "UN experts called on Saudi Arabia on Tuesday to stop the execution of three "
         "men from the Howeitat tribe.", optional=(sen("SA", 3, None),)),
    case("calls-to-abolish", PUB, "Reprieve called on Singapore to stop executing people for drug offences."),
    case("could-face-death-penalty", PUB, "If convicted, the two men could face the death penalty, the prosecutor "
         "said on Tuesday."),
    case("charge-carries-death", PUB, "Three men were charged with espionage in Tehran on Tuesday, a charge that "
         "carries the death penalty in Iran."),
    case("punishable-by-death", PUB, "Trafficking more than 15 grams of heroin is punishable by death in Singapore."),
    case("prosecutors-will-seek", PUB, "Federal prosecutors said on Tuesday they will seek the death penalty against "
         "the man accused of killing 10 people in a Buffalo supermarket."),
    case("prosecutor-asked-court", PUB, "The prosecutor asked the court on Tuesday to sentence the two defendants to "
         "death for the murder."),
    case("demanded-execution", PUB, "Hardline lawmakers demanded the execution of the protesters on Tuesday."),
    case("mandatory-death-penalty", PUB, "Singapore retains the mandatory death penalty for drug trafficking, and "
         "rights groups say its use has risen."),
    case("bill-would-allow", PUB, "A bill passed on Tuesday would allow Louisiana to execute prisoners by nitrogen "
         "gas and electrocution."),
    case("threatened-with-execution", PUB, "Interrogators threatened the student with execution if he did not "
         "confess, his family said on Tuesday."),
]

# 3. Denials, rumours, the unconfirmed.
DENIED = [
    case("dismissed-as-false", PUB, "Iranian officials dismissed as false on Tuesday reports that a champion wrestler "
         "had been executed in Shiraz."),
    case("reports-untrue", PUB, "The judiciary said on Tuesday that reports of the execution of two protesters in "
         "Karaj were untrue."),
    case("not-executed-alive", PUB, "Contrary to reports on social media, the Kurdish rapper has not been executed "
         "and is alive in Urmia prison, his lawyer said on Tuesday."),
    case("rumours-unverified", PUB, "Rumours that four prisoners had been hanged in Zahedan on Tuesday could not be "
         "verified, the group said."),
]

# 4. Other deaths, other punishments.
OTHER = [
    case("protesters-shot", PUB, "Security forces shot dead three protesters in Zahedan on Tuesday, the group said."),
    case("died-in-custody", PUB, "A political prisoner died in custody in Evin prison on Tuesday after being denied "
         "medical care."),
    case("death-row-suicide", PUB, "A prisoner on death row in Ghezel Hesar took his own life on Tuesday, the group "
         "said."),
    case("found-hanging-in-cell", PUB, "Two detainees were found hanging in their cells in Evin prison on Tuesday, "
         "officials said, calling the deaths suicides."),
    case("fuel-porters-killed", PUB, "Border guards killed two Baluch fuel porters near Saravan on Tuesday, Haalvsh "
         "said."),
    case("extrajudicial-killing", PUB, "UN experts condemned the extrajudicial killing of four men by security forces "
         "in Iran on Tuesday."),
    case("arrested-for-spying", PUB, "Intelligence agents arrested three people accused of spying for Israel in "
         "Tehran on Tuesday."),
    case("amputation", PUB, "The judiciary amputated the fingers of two men convicted of theft in Urmia prison on "
         "Tuesday, the group said."),
    case("flogged", PUB, "A man was flogged 80 times in Qazvin on Tuesday for drinking alcohol."),
    case("prison-term-for-activist", PUB, "A court in Tehran sentenced a women's rights activist to eight years in "
         "prison on Tuesday, her lawyer said."),
    case("life-sentence", PUB, "A court in Texas sentenced the gunman to life in prison on Tuesday after the jury "
         "could not agree on the death penalty."),
    case("killed-in-attack", PUB, "Gunmen killed five police officers in an attack in Sistan and Baluchestan on "
         "Tuesday."),
    case("executed-in-war", PUB, "Soldiers executed 12 captured fighters in the city of Wad Madani, witnesses said "
         "on Tuesday."),
]

# 5. The lead-up to the execution reported: the background is optional, never a new claim.
BACKGROUND = [
    case("had-been-sentenced", PUB, "Ali Karimi was hanged in Qom prison on Tuesday. He had been sentenced to death "
         "in 2021 for murder.", ex("IR", 1, kind="event"), optional=(sen("IR", 1, "2021-01-01", "2021-12-31"),)),
    case("sentenced-in-then-hanged", PUB, "Sentenced to death in 2020 for drug trafficking, Reza Amini was hanged in "
         "Birjand on Tuesday.", ex("IR", 1, kind="event"), optional=(sen("IR", 1, "2020-01-01", "2020-12-31"),)),
    case("arrested-sentenced-transferred", PUB, "Karim Bameri was executed in Zahedan on Tuesday. Arrested in 2019, "
         "he was sentenced to death by a Revolutionary Court in 2021 and transferred to solitary confinement on "
         "Monday.", ex("IR", 1, kind="event"),
         optional=(sen("IR", 1, "2021-01-01", "2021-12-31"), imm("IR", 1, "2025-05-12"))),
    case("upheld-in-march-then-hanged", PUB, "Two Kurdish prisoners were hanged in Urmia on Tuesday. The Supreme "
         "Court had upheld their death sentences in March.", ex("IR", 2, kind="event"),
         optional=(sen("IR", 2, "2025-03-01", "2025-03-31"),)),
    case("who-had-been-sentenced", PUB, "A man who had been sentenced to death for killing his wife was hanged in "
         "Rasht on Tuesday.", ex("IR", 1, kind="event"), optional=(sen("IR", 1, None),)),
    case("transferred-the-day-before", PUB, "Three prisoners were hanged in Ghezel Hesar on Tuesday. They had been "
         "transferred to solitary confinement on Monday.", ex("IR", 3, kind="event"),
         optional=(imm("IR", 3, "2025-05-12"),)),
    case("family-not-informed", PUB, "A Baluch prisoner was hanged in Zahedan on Tuesday. His family was not "
         "informed beforehand and was not allowed a final visit.", ex("IR", 1, kind="event")),
]

# 6. Other senses of the words, films, history, links to other stories.
OTHER_SENSES = [
    case("search-warrant", PUB, "Police executed a search warrant at the home of two suspects on Tuesday."),
    case("executed-an-order", PUB, "The president executed an executive order on Tuesday that changes three "
         "agencies."),
    case("execution-of-the-plan", PUB, "Poor execution of the budget left 12 hospitals without funds, officials "
         "said on Tuesday."),
    case("death-sentence-metaphor", PUB, "Critics said on Tuesday the new tariffs were a death sentence for 300 "
         "small factories."),
    case("hanging-picture", PUB, "A portrait of the supreme leader was hanging in the courtroom on Tuesday."),
    case("film-depicts-hanging", PUB, "The film, which depicts the hanging of a young woman in an Iranian prison, won "
         "the top prize at a festival on Tuesday."),
    case("novel-firing-squad", PUB, "In the novel, published on Tuesday, three brothers are executed by firing "
         "squad in 1937."),
    case("thousands-in-1988", PUB, "Thousands of political prisoners were executed in Iran in the summer of 1988, "
         "the UN rapporteur said on Tuesday."),
    case("anniversary-of-execution", PUB, "Activists marked the fifth anniversary of the execution of the wrestler "
         "on Tuesday."),
    case("related-news-line", PUB, "A man was hanged in Qom prison on Tuesday, the group said.\n\nRelated news: Two "
         "men executed in Shiraz prison", ex("IR", 1, kind="event")),
    case("read-more-line", PUB, "A woman was executed in Isfahan on Tuesday for killing her husband.\n\nRead more: "
         "Four prisoners hanged in Karaj", ex("IR", 1, kind="event")),
    case("game-executed", PUB, "The team executed a perfect game plan on Tuesday to win 3-0."),
    case("hanging-judge", PUB, "Rights groups called the cleric a hanging judge on Tuesday."),
]

# 7. No execution at all, a hypothetical one, one family's history, an ordinal of something else.
NONE_HAPPENED = [
    case("no-executions-carried-out", PUB, "No executions were carried out in Singapore in 2021, the prison service "
         "said."),
    case("has-not-executed-since", PUB, "The state has not executed anyone since 2011, and its last execution was "
         "of a man convicted of killing a guard."),
    case("none-of-them-executed", PUB, "None of the five men sentenced over the killing have been executed, their "
         "lawyer said on Tuesday."),
    case("would-be-the-first-woman", PUB, "If the execution goes ahead, she would be the first woman executed in "
         "Texas in a decade, her lawyers said on Tuesday."),
    case("second-member-of-family", PUB, "Omid Rigi was hanged in Zahedan on Tuesday. He was the second member of "
         "his family to be executed, the group said.", ex("IR", 1, kind="event")),
    case("were-to-be-hanged", PUB, "Guards read out on Tuesday the names of the prisoners who were to be hanged "
         "that week, a former inmate said."),
    case("abolished", PUB, "Sierra Leone's parliament voted on Tuesday to abolish the death penalty, sparing the 94 "
         "people on its death row."),
    case("moratorium", PUB, "Malaysia has kept an official moratorium on executions since 2018, the minister said "
         "on Tuesday."),
    case("seeks-to-expand", PUB, "A bill introduced on Tuesday would make drug trafficking punishable by hanging, "
         "activists warned."),
    case("fear-execution", PUB, "The families of three jailed protesters said on Tuesday they fear the men will be "
         "executed."),
    case("death-threats", PUB, "The journalist said on Tuesday she had received death threats after her report on "
         "executions in Iran."),
    case("executioner-interview", PUB, "A former executioner described on Tuesday how he hanged prisoners at dawn in "
         "the 1990s."),
    case("vigil-for-executed", PUB, "Hundreds held a vigil in London on Tuesday for the protesters executed in Iran "
         "since 2022."),
    case("could-be-executed-any-time", PUB, "Lawyers warned on Tuesday that the young man could be executed at any "
         "time, now that his appeal has been rejected."),
    case("mother-quoted", PUB, "A man was hanged in Karaj on Tuesday. \"They executed my son without even telling "
         "us,\" his mother said.", ex("IR", 1, kind="event")),
    case("among-top-executioners", PUB, "Iran is one of the world's top executioners, second only to China, the "
         "group said on Tuesday."),
    case("hundreds-this-year-wire", PUB, "Iran has executed hundreds of people this year, most of them for drug "
         "offences, rights groups say."),
    case("separate-case-same-day", PUB, "Two men were hanged in Qom on Tuesday. In a separate case, a woman was "
         "executed in Arak on the same day.", ex("IR", 2, kind="event"), ex("IR", 1, kind="event")),
    case("headline-call-to-halt", PUB, "Iran: Stop the execution of Kurdish protester\n\nAmnesty International "
         "called on Iran on Tuesday to stop the execution of a Kurdish protester sentenced to death after a "
         "grossly unfair trial.", optional=(sen("IR", 1, None),)),
    case("appeal-rejected-no-date", PUB, "His lawyer said the man, whose appeal was rejected last year, remains on "
         "death row in Urmia prison."),
    case("witnessed-the-hanging", PUB, "Three men were hanged in public in Mashhad on Tuesday. Dozens of people "
         "witnessed the hangings, photos showed.", ex("IR", 3, kind="event")),
    case("two-of-the-men-afghans", PUB, "Six men were hanged in Ghezel Hesar on Tuesday. Two of the men executed "
         "were Afghan nationals.", ex("IR", 6, kind="event"), optional=(ex("IR", 2),)),
    case("lawyers-say-innocent", PUB, "A Texas man was executed on Tuesday for a 1998 murder that his lawyers say "
         "was committed by two other men.", ex("US", 1, kind="event")),
    case("killed-two-guards", PUB, "A man convicted of killing two prison guards during a 2019 escape was executed "
         "in Alabama on Tuesday.", ex("US", 1, kind="event")),
    case("victims-family-watched", PUB, "Oklahoma executed a man on Tuesday for the murder of a couple and their "
         "three children; four of the victims' relatives watched.", ex("US", 1, kind="event")),
]

# 8. History quoted for context is a claim with its own period (SCHEMA.md), not the report's.
HISTORY = [
    case("numbered-history", PUB, "At least 5,000 political prisoners were executed in Iran in 1988, Amnesty "
         "International said on Tuesday.", ex("IR", 5000, "1988-01-01", "1988-12-31", "aggregate", "at_least")),
]

CASES = UNDONE + CALLS_AND_LAW + DENIED + OTHER + BACKGROUND + OTHER_SENSES + NONE_HAPPENED + HISTORY

# Kinds the rules do not read yet
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("c", params(CASES, GAPS))
def test_a_mention_that_reports_nothing_gives_no_claim(c):
    check(c)
