"""No vocabulary in code: phrase lists live in extract/data/ and are read through lexicon.py.

Words a report is read for ("hanged", "at least", "the previous year", "اعدام") are data: a
monitor adds one to a YAML file without touching a rule. In every module under extract/ (its
subpackages too) this test finds what looks like an inline list of words:

- a regex alternation of three or more words ("hanged|executed|shot", "(?:has\\s+|had\\s+|have\\s+)",
  "(?:st|nd|rd|th)"), in a plain string or in the literal parts of an f-string;
- a list, tuple or set of three or more word strings, a dict with three or more word keys, or
  "a b c".split().

Structure stays code: digits, punctuation, date shapes, group names, and the extractor's own
names for kinds of things (_NAMES).
"""
import ast
import re
from pathlib import Path

import pytest
import yaml

import extract
from extract.lexicon import VocabularyFileError, Words

SOURCE = Path(extract.__file__).resolve().parent

# a word (any script) or a phrase of words joined by spaces or \s+, as a regex alternative writes
# it: "hanged", "put\s+to\s+death", "plans?" (an optional last letter), "arrest\w*" (a stem)
_WORDS = re.compile(r"[^\W\d_][\w'’.-]*(?:(?:\\s\+|\\s\*|\\s| )[^\W\d_][\w'’.-]*)*")
_EDGES = re.compile(r"^(?:\\b|\^|\\s[+*]?)+|(?:\\b|\$|\\s[+*]?|\\w[+*]|(?<=[^\W\d_])\?)+$")
_GROUP_OPENER = re.compile(r"^\?(?:P<\w+>|<[=!]|[:=!]|[a-zA-Z-]+:)")
# a word string of a collection: letters (any script), apostrophes, spaces and hyphens; an
# identifier ("start_char") has an underscore and is code
_PLAIN_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’ -])*")
# the extractor's own names for things (Count.noun, events, claim kinds, record keys, language,
# calendar and tense codes): code, not vocabulary
_NAMES = {"person", "more", "ellipsis", "execution", "total", "ordinal", "range", "name", "comparison",
          "carried_out", "executed", "sentenced", "imminent", "event", "aggregate", "title", "text",
          "id", "claims", "error", "case", "partitive", "row", "each", "en", "fa", "ar", "solar", "gregorian", "hijri",
          "past", "perfect", "pluperfect", "present", "future"}
# codes that files other than reports spell (SCHEMA.md offence codes, alerts.yaml `week_starts`)
_CODES = {("notions.py", "OFFENCES"), ("notions.py", "WEEKDAYS")}


def _alternation_words(pattern: str) -> int:
    """The largest number of word alternatives in one parenthesis-free run of `pattern`."""
    best = 0
    for run in re.split(r"(?<!\\)[()]", pattern):
        run = _GROUP_OPENER.sub("", run)
        pieces = re.split(r"(?<!\\)\|", run)
        if len(pieces) < 3:
            continue
        best = max(best, sum(bool(_WORDS.fullmatch(_EDGES.sub("", p))) for p in pieces))
    return best


def _plain_words(values) -> bool:
    return all(isinstance(v, str) and _PLAIN_WORD.fullmatch(v) for v in values) and not set(values) <= _NAMES


def inline_lists(path: Path, name: str = "") -> list[str]:
    """The vocabulary-like literals of one module, each as "line N: excerpt"."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and (name, t.id) in _CODES for t in node.targets):
            skipped.update(id(n) for n in ast.walk(node.value))
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        excerpt = None
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _alternation_words(node.value) >= 3:
            excerpt = node.value
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set)) and len(node.elts) >= 3 \
                and all(isinstance(e, ast.Constant) for e in node.elts) and _plain_words([e.value for e in node.elts]):
            excerpt = ", ".join(e.value for e in node.elts)
        elif isinstance(node, ast.Dict) and len(node.keys) >= 3 \
                and all(isinstance(k, ast.Constant) for k in node.keys) and _plain_words([k.value for k in node.keys]):
            excerpt = ", ".join(k.value for k in node.keys)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str) \
                and len(node.func.value.value.split()) >= 3 and _plain_words(node.func.value.value.split()):
            excerpt = node.func.value.value
        if excerpt is not None:
            found.append(f"line {node.lineno}: {excerpt[:70]!r}")
    return sorted(set(found), key=lambda s: int(s.split(":")[0][5:]))


def test_no_module_under_extract_holds_inline_vocabulary():
    report = []
    for path in sorted(SOURCE.rglob("*.py")):
        name = path.relative_to(SOURCE).as_posix()
        report += [f"extract/{name} {where}" for where in inline_lists(path, name)]
    assert not report, ("inline vocabulary; move each list to a file in extract/data/ and read it through "
                        "lexicon.words (see extract/data/dates.yaml):\n" + "\n".join(report))


def test_the_guard_sees_each_kind_of_inline_list(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'import re\n'
        'A = re.compile(r"\\b(?:hanged|executed|shot)\\b")\n'                    # an alternation of words
        'B = re.compile(rf"(?:has\\s+|had\\s+|have\\s+){NUMBER}")\n'              # words with their spaces, in an f-string
        'C = r"\\d+(?:st|nd|rd|th)"\n'                                            # suffixes are words too
        'D = ("murder", "rape", "drugs")\n'
        'E = {"one": 1, "two": 2, "three": 3}\n'
        'F = frozenset("in at on of".split())\n'
        'G = re.compile(r"(?:اعدام|قصاص|حکم)")\n'                                 # any script
        'H = re.compile(r"\\b(?:arrest\\w*|detain\\w*|jail\\w*)")\n')              # stems
    assert [line.split(":")[0] for line in inline_lists(sample)] == [f"line {n}" for n in range(2, 10)]


def test_the_guard_leaves_structure_alone(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'import re\n'
        'A = re.compile(r"(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.,]\\d)")\n'         # digits
        'B = re.compile(r"^\\s*(?:[-•*–—][ \\t]+)?(?P<label>[^\\n:]{1,80})")\n'    # punctuation
        'C = rf"(?:{WORDS})\\s+(?:{MORE}|{OTHER})"\n'                              # words from data
        'D = ("total", "ordinal", "comparison", "range")\n'                         # the extractor\'s names
        'E = re.compile(r"(?:in|at)\\s+")\n')                                       # two words is no list
    assert inline_lists(sample) == []


def test_a_data_list_is_matched_in_the_order_written_and_a_bare_on_is_refused():
    lists = Words("sample.yaml", yaml.safe_load("before: [in, inside]\ncase: [in, prison]\nbad: [at, on, in]\n"))
    assert re.match(rf"(?:{lists['before']})", "inside").group() == "in"      # the first listed wins
    assert re.fullmatch(rf"(?:{lists.any_initial('case')})", "Prison")
    with pytest.raises(VocabularyFileError, match=r"sample.yaml, list 'bad': True"):
        lists["bad"]
    with pytest.raises(VocabularyFileError, match="has no list 'missing'"):
        lists["missing"]
