"""Persian: people named without a number before one plural verb, counted one each and grouped by
the place written after them.

"سه شنبه ۲۶ فروردین X در اراک، Y، Z و W در قم و V در قزوین به دار آویخته شدند" is one execution in
Arak, three in Qom and one in Qazvin; "پیش تر X و Y در آذرماه اعدام شده بودند" two people. Nothing
here recognises a name: a list is read only when every item between commas and "و" is two to four
words none of which is a function word, a people noun, a number or a word of `not_names`
(vocab-fa.yaml), and a description between commas after a name ("X، زندانی ۲۹ ساله بلوچ،") is
skipped. Anything else and the sentence gives no claim from this rule.

Arabic puts the verb first: the people named as an active verb's object ("أعدمت السلطات السعودية
يوم الاثنين ٤ أغسطس المواطنين X وY"), one each (`object_names`), read by the same test of a list.

Arabic, the same notion by rank: "اثنان منهم في تبوك، والثالث في الرياض، والرابع في جازان" after a
group just counted is one person in Riyadh and one in Jazan. A mixin of assemble._Field.
"""
from __future__ import annotations

import re

from ..lexicon import words
from .drafts import Draft
from .governing import ARTICLE_CLITICS, VAGUE_QUANTITIES
from .mentions import CountMention, TriggerMention, find_places
from .date_mentions import DateMention
from .normal import fold_phrase
from .vocab import listed

_ITEM_SPLIT = re.compile(r"[\s\u200c]*،[\s\u200c]*|[\s\u200c]+و[\s\u200c]+")
_LEADING_AND = re.compile(r"^(?:[\s\u200c،]|و(?=[\s\u200c]))+")
_IN = re.compile(r"(?<![\w\u200c])در[\s\u200c]*$")
_THAT = re.compile(r"(?<![\w\u200c])که(?![\w\u200c])")   # "که" opening the clause a verb takes as its object
_THEN_AND = re.compile(r"[\s\u200c]*و(?![\w\u200c])")   # "و" opening the next group of a list
_ON_DAY = re.compile(r"(?<![\w\u200c])روز[\s\u200c]*$")   # "روز" right before a day: "X روز ۲۶ خرداد"
_IN_OPENING = re.compile(r"در[\s\u200c]")
_SPACES = re.compile(r"[\s\u200c]*")
_ITEM_END = re.compile(r"[\s\u200c]*(?:،|و(?![\w\u200c]))")   # what closes an item of a list of names
# a title and a surname: "آقای چعب", "خانم عزیزی"
_TITLED = re.compile(rf"(?<![\w\u200c])(?:{words('vocab-fa.yaml')['titles']})[\s\u200c]+(?P<name>[^\s\u200c،,.؛:«»()]+)")
_CHARGE_OPENER = re.compile(rf"(?<![\w\u200c])(?:{words('vocab-fa.yaml')['charge_openers']})(?![\w\u200c])")   # a date mention that holds its "در" ("در مهرماه")
_PA = words("persian-arabic.yaml")
_SENTENCE_HEAD = re.compile(rf"(?:{_PA['sentence_nouns']})(?:[\s\u200c]+(?:{_PA['sentence_kinds']}))?[\s\u200c]+")
_LAST_JOIN = re.compile(r"[\s\u200c]+و[\s\u200c]+")
_LIST_CLOSE = re.compile(r"[،,]")
_PURPOSE = re.compile(r"(?<![\w\u200c])و?ل\Z")   # "لتنفيذ": the clitic of purpose joined to the noun
_DONE_REACH = 80   # characters before a noun of carrying out within which a verb of announcing tells it done
# where an Arabic object ends: a clause mark, but not the comma of a list ("X، وY، وZ")
# "أُعدم في شباط 2015 X وY": the preposition before a date belongs to it, not to the names after it
_DATE_PREPOSITION = re.compile(rf"(?<![\w\u200c])(?:{_PA['month_prepositions']})[\s\u200c]+\Z")
# "ومن بين من أُعدموا X": "whoever" before the verb, whose people are those executed, not its object
_THOSE_WHO = re.compile(rf"(?<![\w\u200c])(?:{words('vocab-ar.yaml')['those_who']})[\s\u200c]+\Z")
_OBJECT_END = re.compile(r"[.؛;:!?؟\n(«\"]|[،,](?![\s\u200c]*و)")
_RELATIVE_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{words('persian-arabic.yaml')['relative_pronouns']}|الذین)[\s\u200c]*$")
_NAME_WORDS = (2, 4)   # words in one name ("بابك شهبازي", "عبدالرحيم بن حمد الخرماني")


class Naming:
    """Named groups for one field; the host offers text, v, sentences, dates_in(), draft(), drafts,
    folded and original."""

    def named_groups(self, s: int, e: int, t: TriggerMention, triggers: list[TriggerMention]) -> bool:
        """Drafts for the names before plural trigger `t` (and after any trigger before it in the
        sentence), one per place; whether any was made."""
        v, text = self.v, self.text
        if v.lang != "fa" or t.event != "executed" or t.number != "pl" or t.tense not in ("past", "perfect", "pluperfect"):
            return False
        lo, hi = max([s] + [x.end for x in triggers if x.end <= t.start]), t.start
        dated_end = None
        for d in self.dates_in(s, t.start):
            if not text[d.end:t.start].strip(" \u200c،"):
                dated_end = d
                # "... در آذرماه اعدام شده بودند": the date right before the verb closes the list
                opened = _IN.search(text, max(s, d.start - 4), d.start)
                hi = min(hi, opened.start() if opened else d.start)
        here = [m for m in self.v.same_place.finditer(text, lo, hi) if not text[m.end():hi].strip(" \u200c،")]
        opened = _IN.search(text, max(lo, here[0].start() - 4), here[0].start()) if here else None
        if opened:
            # "X و Y در همین زندان به دار آویخته شدند": the prison told before closes the list
            hi = opened.start()
        lo = self.after_lead_words(lo, hi)
        said = [m for m in _THAT.finditer(text, lo, hi) if v.finite_end.search(text, lo, m.start())]
        if said:
            # "قوه قضاییه اعلام کرد که X، Y و Z ... اعدام شدند": the names open the clause a verb of saying takes
            lo = self.after_lead_words(said[-1].end(), hi)
        attribution = v.name_attribution.match(text, lo, hi)
        if attribution:
            # "به گزارش هرانا، X و Y ...": the source, then the names
            comma = text.find("،", attribution.end(), hi)
            if comma < 0:
                return False
            lo = self.after_lead_words(comma + 1, hi)
        places = [p for p in find_places(v, text, lo, hi) if _IN.search(text[max(lo, p.start - 4):p.start])]
        # ("X و Y در آذر و Z و W در دی ماه ... اعدام شده بودند": a month closes a group as a place does)
        # (so does a day after "روز": "X روز ۲۶ خرداد، Y روز ۱ تیر و Z روز ۲ تیر به دار آویخته شدند", one each)
        places = sorted(places + [d for d in self.dates_in(lo, hi) if (_IN.search(text[max(lo, d.start - 4):d.start])
                                                                        or _IN_OPENING.match(d.text)
                                                                        or d.is_day and _ON_DAY.search(text[max(lo, d.start - 5):d.start])
                                                                        or d.is_day and self.closes_item(d, lo, hi))
                                  and not any(p.start <= d.start < p.end for p in places)], key=lambda p: p.start)
        groups, pos = [], lo
        for p in places:
            if groups and not text[pos:p.start].replace("در", "").strip(" \u200c،"):
                pos = p.end   # "X روز ۲ تیر در زندان قزلحصار": the place of the group its day closed
                continue
            groups.append((pos, p.start if _IN_OPENING.match(text, p.start) else p.start - 3, p))
            pos = p.end
            if _THEN_AND.match(text, pos, hi):
                pos = _THEN_AND.match(text, pos, hi).end()   # "در آذر و ...": the next group opens after "و"
        charge = _CHARGE_OPENER.search(text, pos, hi) if places else None
        if charge is not None and not text[pos:charge.start()].strip(" \u200c،"):
            hi = charge.start()   # "X و Y در زندان اراک به اتهام «...» به دار آویخته شدند": the charge, no name
        if text[pos:hi].strip(" \u200c،"):
            if places and not dated_end:
                return False   # words after the last place: not a plain list
            groups.append((pos, hi, dated_end))   # (the last group, closed by the date right before the verb)
        made = []
        for a, b, place in groups:
            n = self.names_in(a, b)
            if not n:
                return False
            made.append((a, b, n, place))
        for a, b, n, place in made:
            c = CountMention(n, "exact", "person", a, b, a)
            draft = self.draft(s, e, c, t.event, t, [])
            draft.rules[1] = "count.name"
            if isinstance(place, DateMention) and len(groups) > 1:
                # each group of the list dated by the month that closes it, not the one nearest
                draft.period = (place.period_start, place.period_end)
            if draft.kind == "aggregate" and "kind.aggregate.span" in draft.rules:
                # named people are one incident, dated as loosely as the report dates it
                draft.kind = "event"
                draft.rules[draft.rules.index("kind.aggregate.span")] = "kind.event.named"
                draft.location = self.place(s, e, c)
            self.drafts.append(draft)
        return bool(made)

    def closes_item(self, d, lo: int, hi: int) -> bool:
        """Whether day `d` ends an item of a list of names, each with its day ("X ۲۶ خرداد، Y ۱ تیر و Z ۲ تیر
        به اتهام ... اعدام شده بودند"): a name right before it (not a comma nor the words that open a
        sentence: "دو روز بعد، دوشنبه ۱۸ اردیبهشت، X و Y ..." is their day), and a comma, "و" or the charge
        right after it."""
        start = max([lo] + [m.end() for m in _ITEM_SPLIT.finditer(self.text, lo, d.start)])
        if not self.names_in(self.after_lead_words(start, d.start), d.start):
            return False
        after = _SPACES.match(self.text, d.end, hi).end()
        end = _ITEM_END.match(self.text, d.end, hi)
        if end is not None and any(x.start == _SPACES.match(self.text, end.end(), hi).end() for x in self.dates):
            return False   # "X صبح امروز، چهارشنبه ۴ تیر، ...": the day told again, not the next item
        return bool(end or _CHARGE_OPENER.match(self.text, after, hi))

    def listed_days(self, s: int, e: int, c: CountMention, t: TriggerMention | None, draft: Draft) -> list[Draft]:
        """"دو زندانی دیگر ... اعدام شده بودند: X روز دوشنبه ۲۶ خرداد و Y روز یکشنبه ۱ تیر": a count
        whose verb a colon closes, then as many people each with a day of their own, is one incident
        per person on that day (the count's span is only their sum). [] when the list is not so."""
        text = self.text
        if t is None or t.start < c.end or c.value < 2:
            return []
        colon = re.match(r"[\s\u200c]*:", text[t.end:e])
        if colon is None:
            return []
        lo = t.end + colon.end()
        items, pos = [], lo
        for m in _ITEM_SPLIT.finditer(text, lo, e):
            items.append((pos, m.start()))
            pos = m.end()
        items.append((pos, e))
        days = [[d for d in self.dates_in(a, b) if d.is_day] for a, b in items if text[a:b].strip(" \u200c.")]
        if len(days) != c.value or any(len(d) != 1 for d in days):
            return []
        out = []
        for (a, b), (d,) in zip(items, days):
            rules = list(draft.rules)
            rules[1] = "count.listed_names"
            kept = [r for r in rules if not r.startswith(("period.", "kind.", "country."))]
            rules = kept + ["period.stated", "kind.event.named"] + [r for r in rules if r.startswith("country.")]
            out.append(Draft(draft.event, 1, "exact", (d.period_start, d.period_end), "event", draft.country,
                             draft.offences, None, draft.sentence, (a, b), rules))
        return out

    def second_verb(self, s: int, e: int, t: TriggerMention, event: str, triggers: list, counts: list) -> None:
        """"دو زندانی ... به سلول انفرادی منتقل شدند و بامداد امروز اعدام شدند": a plural verb joined by
        "و" to another event's verb shares its subject, the count before both, dated by the words
        between the two verbs when they name a day."""
        text = self.text
        if self.v.lang != "fa":
            return
        first = next((x for x in reversed(triggers) if x.end <= t.start), None)
        if first is None or first.event == event or first.negated \
                or not re.match(r"[\s\u200c]*و(?![\w\u200c])", text[first.end:t.start]):
            return
        if any(first.end <= c.start < t.start for c in counts):
            return   # a count of its own between the verbs: not the same people
        c = next((c for c in reversed(counts) if c.end <= first.start), None)
        if c is None:
            return
        draft = self.draft(s, e, c, event, t, counts)
        day = [d for d in self.dates_in(first.end, t.start) if d.is_day]
        if day:
            draft.period = (day[-1].period_start, day[-1].period_end)
            draft.rules = [r if not r.startswith("period.") else "period.stated" for r in draft.rules]
        self.drafts.append(draft)

    def along_names(self, s: int, t: TriggerMention) -> int:
        """How many people are named after "همراه با" before singular trigger `t` ("X ... همراه با A، B
        و C در زندان اوین به دار آویخته شد": three with X), 0 when none or the list is no plain list."""
        text, v = self.text, self.v
        ends = [s + m.end() for m in re.finditer(r"[\s\u200c]+", text[s:t.start]) if v.along_with.search(text, s, s + m.end())]
        if not ends:
            return 0
        a = ends[-1]
        places = [p for p in find_places(v, text, a, t.start) if _IN.search(text[max(a, p.start - 4):p.start])]
        b = places[0].start - 3 if places else t.start
        return self.names_in(a, b)

    def names_of_sentence(self, t: TriggerMention) -> int:
        """How many people a trigger of a sentence carried out names right after its head, in a list
        closed by "و" and a comma ("حکم اعدام A، B و C، عاملان ...، صبح امروز ... اجرا شد": three);
        0 when it names fewer than two or the list is no plain list."""
        head = _SENTENCE_HEAD.match(self.text, t.start, t.end)
        join = _LAST_JOIN.search(self.text, head.end(), t.end) if head is not None else None
        close = _LIST_CLOSE.search(self.text, join.end(), t.end) if join is not None else None
        if close is None:
            return 0
        n = self.names_in(head.end(), close.start())
        return n if n >= 2 else 0

    def after_lead_words(self, lo: int, hi: int) -> int:
        """Past the adverbs and joiners that open the list ("نیز"، "پیش تر"، "و")."""
        while True:
            m = self.v.name_lead.match(self.text, lo, hi)
            if m is None or m.end() == lo:
                return lo
            lo = m.end()

    def named_again(self, s: int, t: TriggerMention, event: str) -> bool:
        """Whether the subject of trigger `t` is someone named by title and surname whose `event` a claim
        before tells ("خبرگزاری میزان اعلام کرد که آقای چعب ... به دار آویخته شده است" after "اعدام حبیب
        فرج‌الله چعب ... را که بامداد شنبه ... اجرا شد"): the one told of."""
        if self.v.lang != "fa":
            return False
        m = _TITLED.search(self.text, s, t.start)
        if m is None:
            return False
        name = re.compile(rf"(?<![\w\u200c]){re.escape(m.group('name'))}(?![\w\u200c])")
        return any(d.event == event and d.kind == "event" and name.search(self.text, *d.sentence) for d in self.drafts)

    def names_in(self, a: int, b: int) -> int:
        """How many names text[a:b] lists, 0 when an item is no name (module doc)."""
        written = list(self.text[a:b])
        for d in self.dates:   # "سه شنبه ۲۶ فروردین X"، "X امروز در ...": the day is no name
            lo, hi = max(a, d.start), min(b, d.end)
            while lo > a:   # "X و Y روز سه شنبه ...": the words that open the date are no name either
                word = re.search(r"[^\s\u200c،]+[\s\u200c]*$", self.text[a:lo])
                if word is None or not self.v.name_lead.fullmatch(self.text, a + word.start(), lo):
                    break
                lo = a + word.start()
            if lo < hi:
                written[lo - a:hi - a] = " " * (hi - lo)
        listed = "".join(written)
        while True:   # "... در همدان و X در زنجان", "و روز یکشنبه ۳۱ فروردین نیز X": what opens the list
            opened = self.v.name_lead.match(listed) or _LEADING_AND.match(listed)
            if opened is None or not opened.end():
                break
            listed = listed[opened.end():]
        listed = listed.strip(" \u200c،")
        items = [i for i in _ITEM_SPLIT.split(listed) if i.strip()]
        count = 0
        for i, item in enumerate(items):
            words = item.replace("\u200c", " ").split()
            if re.search(r"\d", item) or words and words[0] in self.v.name_descriptors:
                if i == 0:
                    return 0
                continue   # "X، زندانی ۲۹ ساله بلوچ،": who X is
            if not 2 <= len(words) <= 4 or any(w in self.v.not_names or w in self.v.numbers for w in words):
                return 0
            count += 1
        return count

    def object_names(self, s: int, e: int, t: TriggerMention) -> int:
        """Arabic, an active verb of execution in the past: how many people its object names ("أعدمت
        السلطات جلال لباد، الذي ...": one; "... المواطنين X وY": two), past the country, the date and the
        words that describe them ("المواطنين", "الصحفي"), up to the first word no name is made of.
        0 when the words are no plain list of 2-4-word names, or one is a people noun, a number or
        a vague quantity ("عشرات المدانين")."""
        v, text = self.v, self.text
        phrase = fold_phrase(t.phrase)
        reported = self.reported_execution(s, t)
        if phrase not in v.naming_verbs and phrase not in v.naming_nouns and not reported \
                or t.event != "executed" or t.tense not in (None, "past") or t.nominal and not reported or t.negated:
            return 0
        if phrase in v.naming_nouns and (not self.told_done(s, t) or v.schedule.search(text, s, e)):
            return 0   # "ناشدت السلطات عدم تنفيذ حكم الإعدام بحق X", "... قريباً": not told as done
        if _RELATIVE_BEFORE.search(text, max(s, t.start - 12), t.start):
            return 0   # "الدول التي أعدمت أعداداً كبيرة": a description, no news of anyone
        if v.lang == "ar" and _THOSE_WHO.search(text, max(s, t.start - 8), t.start):
            return 0   # "ومن بين من أُعدموا العام الماضي X": some of those executed (a part), no verb's object
        end = _OBJECT_END.search(text, t.end, e)
        end = end.start() if end else e
        dated = [(p.start() if (p := _DATE_PREPOSITION.search(text, max(s, d.start - 12), d.start)) else d.start, d.end)
                 for d in self.dates_in(s, e)]
        items: list[list[str]] = []
        opening = True
        for m in re.finditer(r"[\w\u200c]+", text[t.end:end]):
            a, word = t.end + m.start(), m.group()
            if any(x <= a < y for x, y in dated):
                if items:
                    break   # "X يوم الاثنين": the date closes the list
                continue
            if opening and (word in v.name_descriptors or v.name_lead.fullmatch(word)
                            or any(p.fullmatch(word) for _, p in v.countries)):
                continue   # "السلطات السعودية", "المواطنين", "يوم": before the names
            forms = {word, *(word[len(p):] for p in ARTICLE_CLITICS if word.startswith(p))}
            forms |= {f[:-1] for f in forms if f.endswith("ا")}
            if forms & (v.plural_people | v.singular_words) or word.isdigit() or word in v.numbers or word in VAGUE_QUANTITIES:
                return 0
            if word in v.not_names:
                break
            opening = False
            if word.startswith("و") and len(word) > 2 and items and text[a - 1] in " \u200c":
                items.append([word[1:]])   # "X وY": "و" joined to the next name
            elif items:
                items[-1].append(word)
            else:
                items.append([word])
        if not items or any(not _NAME_WORDS[0] <= len(i) <= _NAME_WORDS[1] for i in items):
            return 0
        return len(items)

    def reported_execution(self, s: int, t: TriggerMention) -> bool:
        """Arabic: whether the bare noun of execution `t`, joined to "ب" (vocab-LANG.yaml reported_clitics),
        follows a verb of announcing in its sentence ("أفادت منظمة هەنگاو بإعدام السجين X"): the execution
        of the people named after it, reported as done."""
        clitics = listed(self.v.lang, "reported_clitics")
        return bool(clitics) and t.nominal and t.event == "executed" and t.start > s \
            and self.text[t.start - 1] in clitics and self.told_done(s, t)

    def told_done(self, s: int, t: TriggerMention) -> bool:
        """Whether the noun of carrying out `t` is told as done: a verb of announcing or of passive doing
        ("أعلنت", "تم") in its sentence shortly before it, whatever day or subject stands between ("أعلنت
        السلطة القضائية، صباح اليوم السبت، تنفيذ حكم الإعدام بحق X")."""
        if _PURPOSE.search(self.text, max(s, t.start - 3), t.start):
            return False   # "تستعد لتنفيذ حكم الإعدام بحق X": in order to, not done
        return self.v.naming_noun_openers.search(self.text, max(s, t.start - _DONE_REACH), t.start) is not None

    def members(self, s: int, e: int) -> None:
        """"والثالث في الرياض": one member of the incident counted last in this sentence or the one
        before, at the place named right after it, on the incident's day."""
        v, text = self.v, self.text
        if v.member is None:
            return
        before = [x for x in self.sentences if x[1] <= s]
        since = before[-1][0] if before else s
        for m in v.member.finditer(text, s, e):
            rank = v.ordinal_members.get(re.sub(r"\s+", " ", m.group("w")))
            group = next((d for d in reversed(self.drafts) if d.kind == "event" and d.sentence[0] >= since
                          and d.span[0] < m.start() and rank is not None and d.count >= rank), None)
            place = next((p for p in find_places(v, text, m.end(), min(e, m.end() + 40)) if p.start == m.end()), None)
            if group is None or place is None:
                continue
            a, b = self.folded.span(place.start, place.end)
            self.drafts.append(Draft(group.event, 1, "exact", group.period, "event", group.country, group.offences,
                                     self.original[a:b], (s, e), (m.start(), m.end()),
                                     [f"event.{group.event}", "count.person.partitive", "qualifier.exact", "part.breakdown",
                                      "period.context", "kind.of_context",
                                      "country.stated" if "country.stated" in group.rules else "country.report"]))
