"""`vigil eval GOLD.jsonl`: how well the extractor does on a labelled file (no database)."""

from __future__ import annotations

import json

import click

from vigil.commands.options import extractor_for, utf8_lines, vocabulary_option
from vigil.errors import UsageError, VigilError


@click.command("eval")
@click.argument("gold", type=click.File("rb"), metavar="GOLD.jsonl")
@click.option("--show-errors", is_flag=True, help="List each missed and each spurious claim first.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--min-f1", type=click.FloatRange(0, 1), default=None, help="Exit 1 when the F1 is below this.")
@vocabulary_option
def command(gold, show_errors: bool, fmt: str, min_f1: float | None, vocabulary) -> None:
    """Extract claims from a labelled file (corpus format, '-': stdin) and score them against its
    labels: precision, recall, F1, and agreement on qualifier, kind, offences and location."""
    from vigil import evaluation

    try:
        reports = evaluation.read_gold(utf8_lines(gold), gold.name)
    except evaluation.GoldFileError as exc:
        # every problem on a line of its own, so one run shows all there is to fix
        for problem in exc.problems[:-1]:
            click.echo(f"error: {problem}", err=True)
        raise UsageError(exc.problems[-1])
    for warning in evaluation.gold_warnings(reports):
        click.echo(f"warning: {gold.name}: {warning}", err=True)
    result, refused = evaluation.evaluate(reports, extractor_for(vocabulary))
    for problem in refused:
        click.echo(f"warning: {gold.name}: {problem} (scored as no claims)", err=True)
    if show_errors:
        for error in result.errors:
            click.echo(evaluation.describe(error))
    if fmt == "json":
        click.echo(json.dumps(result.figures))
    else:
        for line in evaluation.figure_lines(result.figures):
            click.echo(line)
    if min_f1 is not None and result.figures["f1"] < min_f1:
        raise VigilError(f"F1 {result.figures['f1']} is below --min-f1 {min_f1}")
