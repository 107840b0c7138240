package id.tata.cli;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.Comparison;
import id.tata.evaluation.domain.IndexDelta;
import id.tata.evaluation.domain.IndicatorMapping;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.domain.Score;
import id.tata.evaluation.domain.Scoring;
import id.tata.evaluation.domain.TargetPlan;
import id.tata.evaluation.domain.TargetPlanner;
import id.tata.evaluation.domain.WhatIf;
import id.tata.evaluation.service.AssessmentService;
import id.tata.importing.SourceRow;
import id.tata.importing.SourceTable;
import id.tata.importing.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** `tata evaluation compare` (year over year) and `tata evaluation target` (what it takes to reach a predicate). */
final class AnalysisCommand {
    private AnalysisCommand() {
    }

    @Command(name = "compare", description = "compare two assessments per domain, aspect and indicator (B − A); "
            + "across instruments with --mapping (CSV indicator_a,indicator_b)")
    static final class Compare extends WorkspaceTask {
        @Option(names = "--from", required = true, description = "assessment A (earlier)") long from;
        @Option(names = "--to", required = true, description = "assessment B (later)") long to;
        @Option(names = "--verified", description = "compare verified levels instead of self levels") boolean verified;
        @Option(names = "--mapping", description = "CSV with columns indicator_a,indicator_b") Path mapping;

        @Override
        public Integer call() {
            Comparison c = withSession(s -> {
                AssessmentService svc = AssessmentCommand.service();
                Score a = pick(svc.score(s, from));
                Score b = pick(svc.score(s, to));
                return mapping == null ? Comparison.of(a, b) : Comparison.of(a, b, readMapping(mapping));
            });
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("index", delta(c.index()));
            json.put("domains", c.domains().stream().map(AnalysisCommand::delta).toList());
            json.put("aspects", c.aspects().stream().map(AnalysisCommand::delta).toList());
            json.put("indicators", c.indicators().stream().map(d -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("a", d.a());
                m.put("b", d.b());
                m.put("level_a", d.levelA());
                m.put("level_b", d.levelB());
                m.put("delta", d.delta());
                return m;
            }).toList());
            json.put("unmapped_a", c.unmappedA());
            json.put("unmapped_b", c.unmappedB());
            print(json, human(c));
            return 0;
        }

        private Score pick(AssessmentService.AssessmentScores scores) {
            return verified ? scores.verified() : scores.self();
        }

        private String human(Comparison c) {
            StringBuilder sb = new StringBuilder(text("cli.evaluation.compare.index", shown(c.index().indexA()),
                    c.predicateA(), shown(c.index().indexB()), c.predicateB(), signed(c.index().shownDelta())));
            for (IndexDelta d : c.domains()) {
                sb.append('\n').append(String.format("  %-48s %5s → %5s  %6s", trim(d.name()), shown(d.indexA()),
                        shown(d.indexB()), signed(d.shownDelta())));
            }
            return sb.toString();
        }
    }

    @Command(name = "target", description = "the fewest level steps, heaviest indicators first, that reach a "
            + "predicate (e.g. \"Sangat Baik\") or an index")
    static final class Target extends WorkspaceTask {
        @Option(names = "--assessment", required = true) long assessment;
        @Option(names = "--predicate", description = "a predicate of the instrument, e.g. \"Sangat Baik\"")
        String predicate;
        @Option(names = "--index", description = "a target index, e.g. 3.5") BigDecimal index;

        @Override
        public Integer call() {
            if ((predicate == null) == (index == null)) {
                throw new TataException(ErrorKind.BAD_INPUT, "cli.evaluation.target.oneOf");
            }
            TargetPlan plan = withSession(s -> {
                AssessmentService svc = AssessmentCommand.service();
                Instrument instrument = svc.instrument(s, svc.find(s, assessment).orElseThrow(() ->
                        new TataException(ErrorKind.NOT_FOUND, "evaluation.error.noAssessment", assessment)));
                Map<Integer, Integer> levels = svc.levels(s, assessment).self();
                if (predicate == null) {
                    return TargetPlanner.fewestSteps(instrument, levels, index);
                }
                if (instrument.predicates().stream().noneMatch(p -> p.label().equals(predicate))) {
                    throw new TataException(ErrorKind.BAD_INPUT, "cli.evaluation.target.noPredicate", predicate,
                            instrument.predicates().stream().map(p -> p.label()).collect(Collectors.joining(", ")));
                }
                return TargetPlanner.toPredicate(instrument, levels, predicate);
            });
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("outcome", plan.outcome().name());
            json.put("target", plan.target());
            json.put("start", Scoring.shown(plan.start()));
            json.put("index", plan.shown());
            json.put("steps", plan.steps().stream().map(st -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("indicator", st.indicator());
                m.put("from", st.from());
                m.put("to", st.to());
                m.put("gain", st.gain());
                return m;
            }).toList());
            print(json, human(plan));
            return 0;
        }

        private String human(TargetPlan plan) {
            String head = text("cli.evaluation.target." + plan.outcome().name(), shown(plan.start()),
                    shown(plan.target()), plan.steps().size(), shown(plan.index()));
            return head + plan.steps().stream().map(st -> String.format("%n  %2d: %s → %d  (+%s)", st.indicator(),
                    st.from() == null ? "-" : st.from().toString(), st.to(), st.gain().stripTrailingZeros()
                            .toPlainString().replace('.', ','))).collect(Collectors.joining());
        }
    }

    @Command(name = "whatif", description = "the index and predicate if some levels were different (nothing is "
            + "stored): --set 12=4,13=5")
    static final class WhatIfCommand extends WorkspaceTask {
        @Option(names = "--assessment", required = true) long assessment;
        @Option(names = "--set", required = true, split = ",", paramLabel = "INDICATOR=LEVEL")
        Map<Integer, Integer> levels;

        @Override
        public Integer call() {
            WhatIf sandbox = withSession(s -> {
                AssessmentService svc = AssessmentCommand.service();
                Instrument instrument = svc.instrument(s, svc.find(s, assessment).orElseThrow(() ->
                        new TataException(ErrorKind.NOT_FOUND, "evaluation.error.noAssessment", assessment)));
                WhatIf w = new WhatIf(instrument, svc.levels(s, assessment).self());
                levels.forEach((no, level) -> {
                    if (instrument.indicator(no).isEmpty()) {
                        throw new TataException(ErrorKind.NOT_FOUND, "evaluation.error.noIndicator", no,
                                instrument.code());
                    }
                    if (level < 1 || level > 5) {
                        throw new TataException(ErrorKind.BAD_INPUT, "evaluation.error.level", no, level);
                    }
                    w.set(no, level);
                });
                return w;
            });
            Score before = sandbox.baseScore();
            Score after = sandbox.score();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("before", AssessmentCommand.toMap(before));
            json.put("after", AssessmentCommand.toMap(after));
            json.put("delta", Scoring.shown(after.index()).subtract(Scoring.shown(before.index())));
            print(json, text("cli.evaluation.whatif", shown(before.index()), before.predicate(),
                    shown(after.index()), after.predicate()));
            return 0;
        }
    }

    /** CSV indicator_a,indicator_b: which indicator of A corresponds to which of B. */
    static IndicatorMapping readMapping(Path file) {
        SourceTable table = TableReader.read(file);
        int a = table.columnOf("indicator_a");
        int b = table.columnOf("indicator_b");
        if (a < 0 || b < 0) {
            throw new TataException(ErrorKind.BAD_INPUT, "cli.evaluation.compare.mappingHeader", file);
        }
        Map<Integer, Integer> map = new TreeMap<>();
        for (SourceRow row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            try {
                map.put(Integer.parseInt(row.cell(a)), Integer.parseInt(row.cell(b)));
            } catch (NumberFormatException e) {
                throw new TataException(ErrorKind.BAD_INPUT, "cli.evaluation.compare.mappingRow", file,
                        row.rowNumber());
            }
        }
        return IndicatorMapping.ofIndicators(map);
    }

    private static Map<String, Object> delta(IndexDelta d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", d.a());
        m.put("b", d.b());
        m.put("name", d.name());
        m.put("index_a", Scoring.shown(d.indexA()));
        m.put("index_b", Scoring.shown(d.indexB()));
        m.put("delta", d.shownDelta());
        m.put("complete", d.complete());
        return m;
    }

    private static String shown(BigDecimal v) {
        return Scoring.shown(v).toPlainString().replace('.', ',');
    }

    private static String signed(BigDecimal v) {
        return (v.signum() >= 0 ? "+" : "") + v.toPlainString().replace('.', ',');
    }

    private static String trim(String s) {
        return s.length() <= 48 ? s : s.substring(0, 47) + "…";
    }

}
