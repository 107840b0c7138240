package id.tata.cli;

import id.tata.common.l10n.I18n;
import id.tata.sample.SampleWorkspaceBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `tata sample build --out FILE`: the Kota Contoh workspace from sample-data/. */
@Command(name = "sample", description = "the sample workspace Kota Contoh", subcommands = SampleCommand.Build.class)
final class SampleCommand {

    @Command(name = "build", description = "build kota-contoh.tata from the sample sources (users: see README)")
    static final class Build implements Callable<Integer> {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the new .tata file")
        Path out;

        @Option(names = "--lang", defaultValue = "id")
        String lang;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path built = new SampleWorkspaceBuilder().build(out);
            spec.commandLine().getOut().println(I18n.forLanguage(lang).text("cli.sample.built", built));
            return 0;
        }
    }
}
