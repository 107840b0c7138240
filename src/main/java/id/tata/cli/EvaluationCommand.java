package id.tata.cli;

import picocli.CommandLine.Command;

/**
 * `tata evaluation …`: the SPBE self-assessment (Penilaian Mandiri). Each part of the evaluation adds its own
 * subcommand class to the list below (instrument now; assessment, levels, score … later), nothing else to touch.
 */
@Command(name = "evaluation", description = "SPBE self-assessment (Penilaian Mandiri): instruments …",
        subcommands = {InstrumentCommand.class, AssessmentCommand.Group.class, AssessmentCommand.Levels.class,
                AssessmentCommand.ScoreCommand.class, AnswerCommand.Group.class, EvidenceCommand.Group.class,
                AnalysisCommand.Compare.class, AnalysisCommand.Target.class, AnalysisCommand.WhatIfCommand.class,
                ReportCommand.class,
                PackageCommand.class})
final class EvaluationCommand {
}
