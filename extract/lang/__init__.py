"""Persian and Arabic extraction: the same claims as the English rules, read from reports in
their own language and script.

- choose.py: which pipeline a document goes through (its source's `lang`, checked against its script);
- codes.py: which declared languages are accepted (a registered language tag);
- normal.py: the text as the rules read it (letter forms, digits, joiners folded), offsets kept;
- vocab.py: data/vocab-fa.yaml and data/vocab-ar.yaml compiled into patterns;
- numbers.py, calendars.py: counts and dates (Solar Hijri through jdatetime, Hijri through hijridate),
  with calendar_spans.py (conversions between calendars), date_mentions.py (the DateMention) and
  dates_told_before.py (dates told by reference to one written before);
- mentions.py: triggers, counts, charges, places and countries in one sentence;
- assemble.py: mentions into claims, with the rule ids of extract/rules.py, helped by
  governing.py (which trigger a count belongs to), dating.py (which date), parts.py and table_rows.py (parts of a
  statistic, rows of a table, ordinals), comparisons.py (figures of other years) and names.py (people named
  without a number), with drafts.py (claims under construction, restatements folded);
- components.py: the spaCy components on spacy.blank("fa") and spacy.blank("ar").
"""
