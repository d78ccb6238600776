"""How English reports say what happened: an inventory of the verbs and voices of an execution,
a death sentence and an execution about to happen, as rights groups, wires, state media and
corrections departments write them, and of one incident told twice (headline and lead, named
then counted, a part of the group). Each is a short invented report with the claims
corpus/SCHEMA.md says it gives. Written from the language of such reports, not from any
labelled set's sentences. The sentences that give no claim are in test_extract_language_no_claims.py."""
import pytest

from language_cases import case, check, params, wants_on

PUB = "2025-05-14"        # a Wednesday
TUE, MON = "2025-05-13", "2025-05-12"
THU, FRI, SAT = "2025-05-15", "2025-05-16", "2025-05-17"

ex, sen, imm = wants_on(TUE)


# 1. Executed: every verb, voice and method.
EXECUTED = [
    case("hanged", PUB, "A man was hanged in Qezelhesar prison in Karaj on Tuesday, Iran Human Rights said.",
         ex("IR", 1, kind="event")),
    case("authorities-hanged", PUB, "Iranian authorities hanged two Kurdish political prisoners in Urmia central "
         "prison on Tuesday, Hengaw reported.", ex("IR", 2, kind="event")),
    case("put-to-death", PUB, "Saudi Arabia put two Yemeni men to death on Tuesday for smuggling amphetamine "
         "pills, the Saudi Press Agency said.", ex("SA", 2, kind="event")),
    case("put-to-death-passive", PUB, "Three men convicted of armed robbery were put to death in Shiraz on Tuesday, "
         "the group said.", ex("IR", 3, kind="event")),
    case("sent-to-the-gallows", PUB, "Three prisoners were sent to the gallows in Isfahan's Dastgerd prison on "
         "Tuesday, Hengaw reported.", ex("IR", 3, kind="event")),
    case("went-to-the-gallows", PUB, "Majid Sohrabi went to the gallows in Mashhad central prison on Tuesday after "
         "nine years on death row, his family said.", ex("IR", 1, kind="event")),
    case("firing-squad", PUB, "South Carolina executed Daniel Pruitt by firing squad on Tuesday evening, the state's "
         "Department of Corrections said.", ex("US", 1, kind="event")),
    case("lethal-injection", PUB, "Texas executed a man by lethal injection on Tuesday for the 2003 killing of a "
         "convenience store clerk.", ex("US", 1, kind="event")),
    case("nitrogen-hypoxia", PUB, "Alabama executed a man using nitrogen hypoxia on Tuesday, prison officials said.",
         ex("US", 1, kind="event")),
    case("nitrogen-gas-put-to-death", PUB, "Louisiana put a man to death with nitrogen gas on Tuesday, the state's "
         "first execution in 15 years.", ex("US", 1, kind="event")),
    case("beheaded", PUB, "A Saudi national was beheaded in Riyadh on Tuesday after his conviction for murder, the "
         "interior ministry said.", ex("SA", 1, kind="event")),
    case("executed-by-the-sword", PUB, "Saudi authorities executed a Jordanian man by the sword on Tuesday for drug "
         "smuggling, according to the Saudi Press Agency.", ex("SA", 1, kind="event")),
    case("executed-by-hanging", PUB, "Iraq executed 13 men by hanging at Nasiriyah prison on Tuesday, security "
         "sources said.", ex("IQ", 13, kind="event")),
    case("active-executed-spy", PUB, "Iran executed a man on Tuesday who was convicted of spying for Israel, the "
         "judiciary's Mizan news agency said.", ex("IR", 1, kind="event")),
    case("hanged-in-public", PUB, "A man was hanged in public in the city of Shiraz on Tuesday, state media reported.",
         ex("IR", 1, kind="event")),
    case("has-been-executed", PUB, "A Kurdish political prisoner has been executed in Urmia central prison, Hengaw "
         "reported on Wednesday.", ex("IR", 1, PUB, kind="event")),
    case("executed-at-dawn", PUB, "At dawn on Tuesday, nine prisoners were executed in Ghezel Hesar prison, the group "
         "said.", ex("IR", 9, kind="event")),
    case("ap-executed-tuesday-evening", PUB, "HUNTSVILLE, Texas (AP) - A Texas man convicted of killing two people "
         "during a robbery in 2004 was executed Tuesday evening.", ex("US", 1, kind="event")),
    case("pronounced-dead", PUB, "Inmate Carl Dobbs was pronounced dead at 6:21 p.m. on Tuesday after a lethal "
         "injection at the Huntsville Unit, the Texas Department of Criminal Justice said.",
         ex("US", 1, kind="event")),
    case("china-executed-official", PUB, "China executed a former banking official on Tuesday for taking bribes "
         "worth more than 1.1 billion yuan, state media reported.", ex("CN", 1, kind="event")),
    case("vietnam-executed", PUB, "Vietnam executed a man convicted of murdering a taxi driver by lethal injection on "
         "Tuesday, state media said.", ex("VN", 1, kind="event")),
    case("egypt-hanged", PUB, "Egypt hanged seven men on Tuesday over an attack on a police station in 2013, "
         "judicial sources said.", ex("EG", 7, kind="event")),
    case("taliban-public-execution", PUB, "The Taliban publicly executed a man in a sports stadium in Ghazni "
         "province on Tuesday, the Supreme Court said.", ex("AF", 1, kind="event")),
    case("hrana-drug-charges", PUB, "According to HRANA, a prisoner was executed in Qezelhesar Prison on Tuesday "
         "on drug-related charges.", ex("IR", 1, kind="event")),
    case("ohchr-alarmed-at-execution", PUB, "The UN human rights office said it was alarmed at the execution on "
         "Tuesday of three men in Iran convicted over the 2022 protests.", ex("IR", 3, kind="event")),
    case("condemned-tuesdays-execution", PUB, "Amnesty International condemned Tuesday's execution of a young man "
         "in Iran for a crime committed when he was 17.", ex("IR", 1, kind="event")),
    case("esohr-documented", PUB, "The European Saudi Organisation for Human Rights documented the execution of a "
         "young man from Qatif on Tuesday on protest-related charges.", ex("SA", 1, kind="event")),
]

# 2. "The sentence was carried out", "the execution took place": the execution as a noun.
CARRIED_OUT = [
    case("death-sentence-carried-out", PUB, "The death sentence of a prisoner convicted of drug trafficking was "
         "carried out in Birjand prison on Tuesday.", ex("IR", 1, kind="event")),
    case("death-sentences-implemented", PUB, "The death sentences of two men convicted of murder were implemented at "
         "Urmia central prison on Tuesday, Hengaw said.", ex("IR", 2, kind="event")),
    case("sentence-of-death-by-hanging-carried-out", PUB, "The sentence of death by hanging was carried out on a "
         "man convicted of rape in Qazvin prison on Tuesday.", ex("IR", 1, kind="event")),
    case("death-penalty-carried-out-against", PUB, "The Ministry of Interior said the death penalty was carried out "
         "on Tuesday against three Saudi citizens convicted of terrorism.", ex("SA", 3, kind="event")),
    case("carried-out-the-execution-of", PUB, "Authorities in Iran carried out the execution of Mohammad Rahimi in "
         "Qom prison on Tuesday.", ex("IR", 1, kind="event")),
    case("execution-took-place", PUB, "The execution of Reza Moradi took place in Shiraz's Adelabad prison on "
         "Tuesday, his family said.", ex("IR", 1, kind="event")),
    case("execution-went-ahead", PUB, "The execution of Rahmat Ali, a Malaysian convicted of trafficking heroin, went "
         "ahead at Changi Prison in Singapore on Tuesday despite appeals for clemency.", ex("SG", 1, kind="event")),
    case("cnb-capital-punishment-carried-out", PUB, "The capital punishment imposed on Ahmad bin Salleh, a "
         "42-year-old Singaporean, was carried out on 13 May 2025 at Changi Prison Complex, the Central Narcotics "
         "Bureau said.", ex("SG", 1, kind="event")),
    case("executions-of-three", PUB, "Hengaw has confirmed the executions of three men in Ghezel Hesar prison on "
         "Tuesday.", ex("IR", 3, kind="event")),
    case("hanging-of-named", PUB, "Iran Human Rights condemned the hanging of Vahid Karimi in Arak prison on "
         "Tuesday.", ex("IR", 1, kind="event")),
    case("un-appalled-by-execution", PUB, "The UN High Commissioner said he was appalled by the execution of two men "
         "in Saudi Arabia on Tuesday.", ex("SA", 2, kind="event")),
    case("qisas-implemented", PUB, "The qisas sentence of Hamid Parsa, convicted of murdering his business partner, "
         "was implemented in Rasht on Tuesday.", ex("IR", 1, kind="event")),
]

# 3. One incident with a running total: the incident and, per SCHEMA.md's ordinal, a total.
TOTALS = [
    case("became-the-nth", PUB, "Ali Rezaei was hanged in Arak on Tuesday, becoming at least the 300th person "
         "executed in Iran this year, the group said.", ex("IR", 1, kind="event"),
         ex("IR", 300, "2025-01-01", TUE, "aggregate", "at_least")),
    case("bringing-the-number-to", PUB, "Two men were executed in Saudi Arabia on Tuesday, bringing the number of "
         "executions in the kingdom this year to 120, according to an AFP tally.", ex("SA", 2, kind="event"),
         ex("SA", 120, "2025-01-01", TUE, "aggregate")),
    case("first-execution-of-the-year", PUB, "Oklahoma carried out the execution of Wendell Gray on Tuesday, the "
         "state's first execution of the year.", ex("US", 1, kind="event"),
         optional=(ex("US", 1, "2025-01-01", TUE, "aggregate"),)),
]

# 4. Sentenced, issued or upheld; a sentence undone gives none.
SENTENCED = [
    case("sentenced-to-death", PUB, "A Revolutionary Court in Tehran sentenced Ahmad Karimi to death on Tuesday on "
         "charges of espionage, his lawyer said.", sen("IR", 1, kind="event")),
    case("handed-a-death-sentence", PUB, "A court in Tehran handed a death sentence to a protester on Tuesday, his "
         "lawyer said.", sen("IR", 1, kind="event")),
    case("sentenced-someone-described-by-age", PUB, "A Revolutionary Court in Tehran sentenced a 31-year-old "
         "woman to death on Tuesday on charges of baghi, her lawyer said.", sen("IR", 1, kind="event")),
    case("condemned-people-described-by-age", PUB, "An Iraqi court condemned two 24-year-old men to death on Tuesday "
         "over a bombing in Baghdad.", sen("IQ", 2, kind="event")),
    case("put-someone-described-by-age-to-death", PUB, "Saudi Arabia on Tuesday put a 19-year-old Yemeni man to death "
         "in Jazan, the Interior Ministry said.", ex("SA", 1, kind="event")),
    case("condemned-to-death", PUB, "An Egyptian court condemned 12 people to death on Tuesday over the killing of a "
         "police officer.", sen("EG", 12, kind="event")),
    case("court-ordered-execution", PUB, "A court in Riyadh ordered the execution of a Saudi teacher on Tuesday over "
         "posts on social media, Human Rights Watch said.", sen("SA", 1, kind="event")),
    case("upheld-by-supreme-court", PUB, "Iran's Supreme Court upheld the death sentence of the rapper Reza Tavani "
         "on Tuesday, his lawyer said.", sen("IR", 1, kind="event")),
    case("confirmed-by-appeals-court", PUB, "An appeals court in Iran confirmed the death sentences of three men on "
         "Tuesday, the group said.", sen("IR", 3, kind="event")),
    case("reaffirmed", PUB, "The Supreme Court reaffirmed the death sentence of Kurdish prisoner Sara Amini on "
         "Tuesday, Hengaw said.", sen("IR", 1, kind="event")),
    case("retrial-death-again", PUB, "After a retrial, a Revolutionary Court in Isfahan sentenced Mohsen Heydari to "
         "death again on Tuesday.", sen("IR", 1, kind="event")),
    case("death-sentences-for-eleven", PUB, "A court in Cairo issued death sentences for 11 people on Tuesday in a "
         "case linked to the Muslim Brotherhood.", sen("EG", 11, kind="event")),
    case("gave-the-death-penalty", PUB, "A Chinese court gave the death penalty to a former provincial official on "
         "Tuesday for accepting bribes.", sen("CN", 1, kind="event")),
    case("in-absentia", PUB, "An Iraqi court sentenced a former minister to death in absentia on Tuesday, a judicial "
         "official said.", sen("IQ", 1, kind="event")),
    case("received-a-death-sentence", PUB, "A Vietnamese property tycoon received a death sentence on Tuesday for "
         "embezzlement, state media reported.", sen("VN", 1, kind="event")),
    case("judge-sentenced-florida", PUB, "A judge in Florida sentenced a man to death on Tuesday for killing three "
         "people during a home invasion.", sen("US", 1, kind="event")),
    case("headline-and-lead-sentence", PUB, "Saudi court sentences retired teacher to death over posts\n\nA Saudi "
         "court has sentenced a retired teacher to death over posts on X, his brother said on Tuesday.",
         sen("SA", 1)),
    case("two-sentenced-named", PUB, "Two Baluch men, Idris Rigi and Nasser Bameri, were sentenced to death by the "
         "Revolutionary Court of Zahedan on Tuesday.", sen("IR", 2, kind="event")),
]

# 5. About to happen: scheduled, warrant signed, transferred, told to say goodbye.
IMMINENT = [
    case("scheduled-to-execute", PUB, "Alabama is scheduled to execute Robert Lane by nitrogen hypoxia on Thursday, "
         "the state's attorney general said.", imm("US", 1, THU)),
    case("set-to-hang", PUB, "Singapore is set to hang a Malaysian man convicted of drug trafficking on Friday, his "
         "lawyer said.", imm("SG", 1, FRI)),
    case("due-to-be-hanged", PUB, "Three men are due to be hanged in Zahedan prison on Saturday, the group warned.",
         imm("IR", 3, SAT)),
    case("death-warrant-signed", PUB, "Florida's governor signed a death warrant on Tuesday for a man convicted of a "
         "1990 murder, setting his execution for 10 June.", imm("US", 1, "2025-06-10")),
    case("execution-date-set", PUB, "A judge in Missouri set an execution date of 10 June for a man convicted of "
         "killing a police officer.", imm("US", 1, "2025-06-10")),
    case("transferred-to-solitary", PUB, "Two Baluch prisoners were transferred to solitary confinement in Ghezel "
         "Hesar on Tuesday ahead of their execution, the group said.", imm("IR", 2)),
    case("moved-to-solitary-named", PUB, "Prisoners Amin Rostami and Yusef Karimi were moved to solitary confinement "
         "in Qezelhesar prison on Tuesday in preparation for their execution.", imm("IR", 2)),
    case("clemency-denied", PUB, "The Texas Board of Pardons and Paroles denied clemency on Tuesday to a man set to "
         "be executed on Thursday.", imm("US", 1, THU)),
    case("final-visit", PUB, "The family of Kurdish prisoner Karim Ahmadi was told on Tuesday to visit him for a "
         "final time, a sign that his execution is imminent, Hengaw said.", imm("IR", 1)),
    case("imminent-risk-named", PUB, "Kurdish political prisoner Farhad Salimi is at imminent risk of execution after "
         "his death sentence was upheld, Amnesty International said.", imm("IR", 1, None),
         optional=(sen("IR", 1, None),)),
    case("faces-imminent-execution", PUB, "A young Baluch man faces imminent execution in Iran after an unfair "
         "trial, Amnesty said on Tuesday.", imm("IR", 1, None)),
    case("faces-execution", PUB, "An Iranian-Swedish doctor faces execution in Iran on espionage charges, his wife "
         "said on Tuesday.", optional=(imm("IR", 1, None),)),
    case("execution-scheduled-for", PUB, "The execution of Nguyen Van Long is scheduled for Thursday at a detention "
         "centre in Hanoi, Vietnam's state media said.", imm("VN", 1, THU)),
]

# 6. One incident told twice, and a part of it.
TOLD_TWICE = [
    case("headline-and-lead", PUB, "Iran hangs three men in Isfahan\n\nThree men were hanged in Isfahan's Dastgerd "
         "prison on Tuesday, the group said.", ex("IR", 3, kind="event")),
    case("headline-verb-and-lead", PUB, "Iran executes man convicted over 2022 protests\n\nIran on Tuesday hanged a "
         "man convicted of killing a member of the security forces during the 2022 protests, the judiciary said.",
         ex("IR", 1, kind="event")),
    case("both-men-convicted", PUB, "Two men were hanged in Ghezel Hesar prison on Tuesday, the group said. Both men "
         "had been convicted of drug trafficking.", ex("IR", 2, kind="event")),
    case("named-then-the-two-men", PUB, "Ali Rigi and Reza Narouei were hanged in Zahedan on Tuesday. The two men "
         "were Baluch, Haalvsh said.", ex("IR", 2, kind="event")),
    case("one-of-the-men-hanged", PUB, "Four prisoners were hanged in Mashhad on Tuesday. One of the men hanged was "
         "23-year-old Amir Nazari.", ex("IR", 4, kind="event")),
    case("among-those-executed", PUB, "Five men were executed in Zahedan on Tuesday. Baluch prisoners Omid Rigi and "
         "Javad Shahbakhsh were among those executed.", ex("IR", 5, kind="event")),
    case("woman-among-six", PUB, "A woman was among six prisoners hanged in Ghezel Hesar prison on Tuesday, the "
         "group said.", ex("IR", 6, kind="event"), optional=(ex("IR", 1),)),
    case("three-of-them-women", PUB, "Eight prisoners, three of them women, were hanged in Qezelhesar on Tuesday.",
         ex("IR", 8, kind="event"), optional=(ex("IR", 3),)),
    case("quote-repeats-lead", PUB, "Two men were hanged in Karaj on Tuesday. \"The execution of these two men is a "
         "crime,\" the group's director said.", ex("IR", 2, kind="event")),
    case("aged-twenty-one-and-twenty-three", PUB, "Two men aged 21 and 23 were hanged in Qom on Tuesday for armed "
         "robbery.", ex("IR", 2, kind="event")),
    case("age-described", PUB, "A 25-year-old man was executed in Qom prison on Tuesday, the group said.",
         ex("IR", 1, kind="event")),
    case("man-in-his-thirties", PUB, "A man in his thirties was hanged in Yazd on Tuesday for drug offences.",
         ex("IR", 1, kind="event")),
    case("named-then-executions-noun", PUB, "Hossein Ahmadi and Said Rostami were executed in Karaj on Tuesday. "
         "Their executions were not announced by the judiciary.", ex("IR", 2, kind="event")),
    case("said-again-in-a-later-paragraph", PUB, "Two prisoners were hanged in Shiraz on Tuesday, the group said.\n\n"
         "The two prisoners, who were hanged in Adelabad prison, had been arrested in 2021.",
         ex("IR", 2, kind="event")),
]

# 7. Nationality words and places: the country is where it happened.
WHERE = [
    case("pakistanis-in-saudi", PUB, "Saudi Arabia executed four Pakistani nationals on Tuesday for smuggling "
         "heroin, the interior ministry said.", ex("SA", 4, kind="event")),
    case("iranian-in-iraq", PUB, "An Iranian man was executed in Iraq's Nasiriyah prison on Tuesday, the group said.",
         ex("IQ", 1, kind="event")),
    case("nigerian-in-singapore", PUB, "A Nigerian man was hanged in Singapore on Tuesday for trafficking cannabis.",
         ex("SG", 1, kind="event")),
    case("afghans-in-iran", PUB, "Two Afghan nationals were executed in Iran on Tuesday, the group said.",
         ex("IR", 2, kind="event")),
    case("egyptian-in-saudi", PUB, "An Egyptian man was executed in the Saudi city of Tabuk on Tuesday for drug "
         "smuggling.", ex("SA", 1, kind="event")),
    case("changi-names-singapore", PUB, "A Malaysian man was hanged at Changi Prison on Tuesday for trafficking "
         "heroin, his lawyer said.", ex("SG", 1, kind="event")),
    case("evin-names-iran", PUB, "Two political prisoners were hanged in Evin prison on Tuesday, their lawyer said.",
         ex("IR", 2, kind="event")),
    case("huntsville-names-us", PUB, "A man convicted of murdering a police officer was executed at the Huntsville "
         "Unit on Tuesday.", ex("US", 1, kind="event")),
    case("saudi-executed-in-iran", PUB, "Iran hanged a Saudi national in Zahedan on Tuesday for drug trafficking, "
         "the group said.", ex("IR", 1, kind="event")),
]

# 8. Whole short reports: the incident told in the lead, then again in other words further down.
REPORTS = [
    case("ihr-style-report", PUB, "Iran Human Rights (IHRNGO); 14 May 2025: A man was executed in Qezelhesar "
         "Prison on drug-related charges on Tuesday.\n\nAccording to information obtained by IHRNGO, the man, "
         "identified as Hamid Soleimani, 34, was arrested three years ago.\n\nHis execution has not been reported "
         "by domestic media or officials so far.", ex("IR", 1, kind="event")),
    case("hengaw-style-report", PUB, "On Tuesday, 13 May 2025, Kurdish prisoner Aso Karimi was executed in Urmia "
         "Central Prison.\n\nAccording to the report received by Hengaw, Aso Karimi, 29, from Piranshahr, had been "
         "sentenced to death by the Revolutionary Court of Urmia on charges of drug trafficking.\n\nThe execution of "
         "this prisoner has not yet been announced by the official media.", ex("IR", 1, kind="event"),
         optional=(sen("IR", 1, None),)),
    case("reuters-style-report", PUB, "DUBAI, May 13 (Reuters) - Iran on Tuesday hanged a man convicted of spying "
         "for Israel's Mossad intelligence agency, the judiciary's news website Mizan reported.\n\nThe man, "
         "identified as Reza Asgari, was arrested in 2023, Mizan said. Iran has executed several people in recent "
         "months on charges of spying for Israel.", ex("IR", 1, kind="event")),
    case("ap-state-execution-report", PUB, "HUNTSVILLE, Texas (AP) - Texas on Tuesday executed a man convicted of "
         "fatally shooting a Houston police officer in 2005.\n\nJohn Doyle, 54, received a lethal injection at the "
         "state penitentiary in Huntsville and was pronounced dead at 6:40 p.m.\n\nHe was the third inmate put to "
         "death in Texas this year.", ex("US", 1, kind="event"), ex("US", 3, "2025-01-01", TUE, "aggregate")),
    case("ordinal-continued", PUB, "Texas executed a man on Tuesday. He was the third inmate put to death in Texas "
         "this year and the 15th in the U.S.", ex("US", 1, kind="event"),
         ex("US", 3, "2025-01-01", TUE, "aggregate"), ex("US", 15, "2025-01-01", TUE, "aggregate")),
    case("spa-statement", PUB, "RIYADH - The Ministry of Interior issued a statement on Tuesday: Abdullah bin Saeed "
         "al-Qahtani, a Saudi national, killed a compatriot by stabbing him. He was arrested and referred to the "
         "court, which sentenced him to death. The sentence was carried out on the convict in Riyadh on Tuesday.",
         ex("SA", 1, kind="event"), optional=(sen("SA", 1, None),)),
    case("singapore-two-in-a-week", PUB, "Singapore hanged a 39-year-old man convicted of trafficking cannabis on "
         "Tuesday, the second execution in the city-state in a week.\n\nAnother man convicted of drug trafficking "
         "was hanged at Changi Prison last Wednesday.", ex("SG", 1, kind="event"),
         ex("SG", 1, "2025-05-07", kind="event"), optional=(ex("SG", 2, "2025-05-07", TUE, "aggregate"),)),
    case("amnesty-urgent-action-upheld", PUB, "The Supreme Court upheld the death sentence of Kurdish woman Zahra "
         "Ahmadi on Tuesday. She is now at imminent risk of execution. Amnesty International is calling on the "
         "authorities to quash her conviction.", sen("IR", 1), imm("IR", 1, None),
         optional=(imm("IR", 1),)),
    case("iraq-wire-13", PUB, "BAGHDAD (AFP) - Iraq hanged 13 men convicted of terrorism at Nasiriyah prison on "
         "Tuesday, a security official said. The executions took place under the supervision of a team from the "
         "justice ministry.", ex("IQ", 13, kind="event")),
    case("egypt-upheld-and-executed", PUB, "Egypt on Tuesday executed seven men whose death sentences had been "
         "upheld by the Court of Cassation in 2023, judicial sources said.", ex("EG", 7, kind="event"),
         optional=(sen("EG", 7, "2023-01-01", "2023-12-31"),)),
    case("statement-quoted", PUB, "A man convicted of murder was hanged in Qom on Tuesday. \"The sentence of the "
         "convict was carried out this morning,\" the provincial judiciary said in a statement.",
         ex("IR", 1, kind="event")),
    case("both-were-hanged-at-dawn", PUB, "Ali Moradi and Karim Jafari were executed in Isfahan on Tuesday. Both were "
         "hanged at dawn, the group said.", ex("IR", 2, kind="event")),
    case("headline-two-more", PUB, "Iran executes two more protesters\n\nIran hanged two more men on Tuesday over "
         "the 2022 protests, the judiciary said.", ex("IR", 2, kind="event")),
    case("a-second-man-same-day", PUB, "A man was hanged in Qom prison on Tuesday. A second man, Reza Nouri, was "
         "hanged in Arak prison the same day.", ex("IR", 1, kind="event"), ex("IR", 1, kind="event")),
    case("woman-and-nth-woman", PUB, "Iranian authorities executed a woman in Qazvin on Tuesday, the 20th woman "
         "executed in Iran this year, the group said.", ex("IR", 1, kind="event"),
         ex("IR", 20, "2025-01-01", TUE, "aggregate")),
    case("execution-confirmed-by-two-groups", PUB, "Two prisoners were hanged in Zahedan on Tuesday. The "
         "executions were confirmed by Haalvsh and by Hengaw.", ex("IR", 2, kind="event")),
    case("dpic-style-stay-and-execution", PUB, "Missouri executed Brian Holt on Tuesday after the U.S. Supreme "
         "Court declined to grant a stay of execution.", ex("US", 1, kind="event")),
]

# 9. The lead-up, a part and a later person, told in the sentence of the execution.
LEAD_UP = [
    case("juvenile-third", PUB, "Iran hanged a man on Tuesday for a murder he committed at 17, Amnesty said, the third "
         "juvenile offender executed in Iran this year.", ex("IR", 1, kind="event"),
         ex("IR", 3, "2025-01-01", TUE, "aggregate")),
    case("which-took-place", PUB, "Hengaw confirmed the execution of two Kurdish men in Urmia, which took place on "
         "Tuesday.", ex("IR", 2, kind="event")),
    case("including-three-for-terrorism", PUB, "Saudi Arabia executed seven people on Tuesday, including three for "
         "terrorism, the interior ministry said.", ex("SA", 7, kind="event"), optional=(ex("SA", 3),)),
    case("brothers-who-had-been-sentenced", PUB, "Two brothers who had been sentenced to death in 2019 were hanged in "
         "Shiraz on Tuesday.", ex("IR", 2, kind="event"), optional=(sen("IR", 2, "2019-01-01", "2019-12-31"),)),
    case("arrested-and-sentenced-relative", PUB, "Ahmad Rahimi, who was arrested in 2018 and sentenced to death in "
         "2020, was executed in Karaj on Tuesday.", ex("IR", 1, kind="event"),
         optional=(sen("IR", 1, "2020-01-01", "2020-12-31"),)),
    case("upheld-semicolon-hanged", PUB, "Reza Nouri's death sentence was upheld in March; he was hanged in Tabriz on "
         "Tuesday.", ex("IR", 1, kind="event"), optional=(sen("IR", 1, "2025-03-01", "2025-03-31"),)),
    case("a-fourth-transferred", PUB, "Iran executed three men in Ghezel Hesar on Tuesday, Hengaw said, adding that a "
         "fourth was transferred to solitary confinement.", ex("IR", 3, kind="event"), imm("IR", 1)),
    case("un-received-reports", PUB, "The UN said it had received reports that three men were executed in Zahedan "
         "on Tuesday.", ex("IR", 3, kind="event")),
    case("sentence-then-upheld-background", PUB, "Mohammad Ghobadi was hanged in Qezelhesar prison on Tuesday. A "
         "Revolutionary Court sentenced him to death in 2021, and the Supreme Court upheld the sentence in 2022.",
         ex("IR", 1, kind="event"),
         optional=(sen("IR", 1, "2021-01-01", "2021-12-31"), sen("IR", 1, "2022-01-01", "2022-12-31"))),
    case("executed-alongside", PUB, "Two men were hanged in Qom on Tuesday alongside a third prisoner convicted of "
         "murder.", ex("IR", 3, kind="event"), optional=(ex("IR", 2), ex("IR", 1))),
    case("brother-last-year", PUB, "A man was hanged in Rasht on Tuesday. His brother was executed in the same prison "
         "last year.", ex("IR", 1, kind="event"), optional=(ex("IR", 1, "2024-01-01", "2024-12-31"),)),
    case("sentenced-headline-lead", PUB, "Iran sentences rapper to death\n\nA Revolutionary Court in Isfahan "
         "sentenced the rapper Amir Tavakoli to death on Tuesday, his lawyer said.", sen("IR", 1, kind="event")),
    case("death-sentence-issued-for", PUB, "A death sentence was issued on Tuesday for a Baluch man in Zahedan, the "
         "group said.", sen("IR", 1)),
    case("death-sentences-upheld-for-three", PUB, "Death sentences for three men were upheld by the Supreme Court "
         "on Tuesday.", sen("IR", 3)),
]

CASES = EXECUTED + CARRIED_OUT + TOTALS + SENTENCED + IMMINENT + TOLD_TWICE + WHERE + REPORTS + LEAD_UP

# Kinds the rules do not read yet
GAPS: dict[str, str] = {
    "pronounced-dead": "\"was pronounced dead ... after a lethal injection\": read as an execution, it made a second "
                       "claim where a report tells its execution again by the surname alone (dev2), so it is not read",
    "cnb-capital-punishment-carried-out": "a Malay name with \"bin\" is not read as one person's name",
    "received-a-death-sentence": "a nationality alone (\"A Vietnamese tycoon\") with no country named as a place",
    "spa-statement": "\"the sentence was carried out on the convict\": a sentence carried out on a person told by \"the\"",
    "upheld-semicolon-hanged": "\"; he was hanged\": a pronoun for the person named before",
    "amnesty-urgent-action-upheld": "\"She is now at imminent risk\": a pronoun for the person named before",
}


@pytest.mark.parametrize("c", params(CASES, GAPS))
def test_what_happened_gives_its_claims(c):
    check(c)
