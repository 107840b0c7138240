package id.tata.cli;

import id.tata.workspace.settings.GovernmentKind;
import id.tata.workspace.settings.GovernmentProfile;
import id.tata.workspace.settings.LetterheadImage;
import id.tata.workspace.settings.NumberPattern;
import id.tata.workspace.settings.PaperProfile;
import id.tata.workspace.settings.SettingsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `tata profile show|set|image|pattern`: the government profile and document settings. */
@Command(name = "profile", description = "government profile, letterhead images and document number patterns",
        subcommands = {ProfileCommand.Show.class, ProfileCommand.Set.class, ProfileCommand.Image.class,
                ProfileCommand.Pattern.class})
final class ProfileCommand {

    @Command(name = "show", description = "show the profile and the number patterns")
    static final class Show extends WorkspaceTask {
        @Override
        public Integer call() {
            Map<String, Object> m = withSession(s -> {
                SettingsService settings = new SettingsService();
                Map<String, Object> out = new LinkedHashMap<>(toMap(settings.profile(s)));
                List<Map<String, Object>> patterns = settings.numberPatterns(s).stream().map(p -> {
                    Map<String, Object> pm = new LinkedHashMap<>();
                    pm.put("type", p.documentType());
                    pm.put("pattern", p.pattern());
                    pm.put("next", settings.previewNumber(s, p.documentType(), LocalDate.now()));
                    return pm;
                }).toList();
                out.put("numberPatterns", patterns);
                return out;
            });
            StringBuilder human = new StringBuilder();
            m.forEach((k, v) -> human.append(String.format("%-22s %s%n", k, v)));
            print(m, human.toString().stripTrailing());
            return 0;
        }
    }

    @Command(name = "set", description = "change fields of the profile (the others keep their values)")
    static final class Set extends WorkspaceTask {
        @Option(names = "--kind") GovernmentKind kind;
        @Option(names = "--name") String name;
        @Option(names = "--province") String province;
        @Option(names = "--region-head") String regionHead;
        @Option(names = "--regional-secretary") String regionalSecretary;
        @Option(names = "--gcio") String gcio;
        @Option(names = "--address") String address;
        @Option(names = "--city-of-issue") String cityOfIssue;
        @Option(names = "--phone") String phone;
        @Option(names = "--email") String email;
        @Option(names = "--website") String website;
        @Option(names = "--postal-code") String postalCode;
        @Option(names = "--paper") PaperProfile paper;

        @Override
        public Integer call() {
            GovernmentProfile saved = withSession(s -> {
                SettingsService settings = new SettingsService();
                GovernmentProfile p = settings.profile(s);
                return settings.saveProfile(s, new GovernmentProfile(or(kind, p.kind()), or(name, p.name()),
                        or(province, p.province()), or(regionHead, p.regionHeadName()),
                        or(regionalSecretary, p.regionalSecretaryName()), or(gcio, p.gcioName()),
                        or(address, p.address()), or(cityOfIssue, p.cityOfIssue()), or(phone, p.phone()),
                        or(email, p.email()), or(website, p.website()), or(postalCode, p.postalCode()),
                        or(paper, p.paperProfile())));
            });
            print(toMap(saved), text("cli.profile.saved", saved.officialName()));
            return 0;
        }
    }

    @Command(name = "image", description = "set the letterhead emblem or logo (PNG/JPEG), or remove it")
    static final class Image extends WorkspaceTask {
        @Option(names = "--which", required = true, description = "EMBLEM or LOGO") LetterheadImage which;
        @Option(names = "--file", description = "the image; omit to remove") Path file;

        @Override
        public Integer call() {
            byte[] bytes = file == null ? null : read(file);
            withSession(s -> {
                new SettingsService().setImage(s, which, bytes);
                return null;
            });
            print(Map.of("image", which.name(), "bytes", bytes == null ? 0 : bytes.length),
                    text("cli.profile.imageSaved", which.name()));
            return 0;
        }

        private static byte[] read(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "pattern", description = "set the number pattern of a document type, e.g. 188.45/{n}/HK/{yyyy}")
    static final class Pattern extends WorkspaceTask {
        @Option(names = "--type", required = true) String type;
        @Option(names = "--pattern", required = true) String pattern;
        @Option(names = "--description", defaultValue = "") String description;

        @Override
        public Integer call() {
            String next = withSession(s -> {
                SettingsService settings = new SettingsService();
                settings.saveNumberPattern(s, new NumberPattern(type, pattern, description));
                return settings.previewNumber(s, type, LocalDate.now());
            });
            print(Map.of("type", type, "pattern", pattern, "next", next), text("cli.profile.patternSaved", type, next));
            return 0;
        }
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }

    static Map<String, Object> toMap(GovernmentProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("officialName", p.officialName());
        m.put("kind", p.kind().name());
        m.put("name", p.name());
        m.put("province", p.province());
        m.put("regionHead", p.regionHeadName());
        m.put("regionalSecretary", p.regionalSecretaryName());
        m.put("gcio", p.gcioName());
        m.put("address", p.address());
        m.put("email", p.email());
        m.put("postalCode", p.postalCode());
        m.put("paper", p.paperProfile().name());
        return m;
    }
}
