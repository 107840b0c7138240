package id.tata.cli;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.catalog.StandardDocuments;
import id.tata.documents.register.IssuedDocument;
import id.tata.documents.register.RegisterGap;
import id.tata.documents.register.RegisterService;
import id.tata.documents.register.VerifyResult;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.service.DocumentService;
import id.tata.documents.service.DocumentType;
import id.tata.documents.service.IssueRequest;
import id.tata.documents.service.IssueResult;
import id.tata.documents.service.NumberChoice;
import id.tata.documents.template.DefaultTemplates;
import id.tata.documents.template.TemplateService;
import id.tata.documents.template.TemplateTexts;
import id.tata.workspace.settings.PaperProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** `tata document types|issue|verify|register|gaps`: official documents and their register. */
@Command(name = "document", description = "issue official documents and check them against the register",
        subcommands = {DocumentCommand.Types.class, DocumentCommand.Issue.class, DocumentCommand.Verify.class,
                DocumentCommand.Register.class, DocumentCommand.Gaps.class, DocumentCommand.Template.class,
                DocumentCommand.Margins.class})
final class DocumentCommand {

    static DocumentService service() {
        return StandardDocuments.service(Clock.systemDefaultZone());
    }

    @Command(name = "types", description = "list the document types with their short names and formats")
    static final class Types implements Callable<Integer> {
        @Option(names = "--lang", defaultValue = "id") String lang;
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            I18n i18n = I18n.forLanguage(lang);
            List<DocumentType> types = StandardDocuments.types();
            List<Map<String, Object>> rows = types.stream().map(t -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", t.shortName());
                m.put("title", i18n.text(t.titleKey()));
                m.put("formats", t.formats().stream().map(DocumentFormat::extension).sorted().toList());
                m.put("numbered", t.numberType().isPresent());
                return m;
            }).toList();
            String human = types.stream().map(t -> String.format("%-28s %s (%s)", t.shortName(),
                    i18n.text(t.titleKey()), t.formats().stream().map(DocumentFormat::extension).sorted()
                            .collect(Collectors.joining(",")))).collect(Collectors.joining("\n"));
            spec.commandLine().getOut().println(json ? Json.write(rows) : human);
            return 0;
        }
    }

    @Command(name = "issue", description = "issue a document: number, render, write the files, record them")
    static final class Issue extends WorkspaceTask {
        @Option(names = "--type", required = true, description = "short name, see `tata document types`")
        String type;
        @Option(names = "--format", required = true, split = ",", description = "docx,pdf,xlsx")
        List<String> formats;
        @Option(names = "--out", required = true, description = "folder for the files") Path out;
        @Option(names = "--paper", description = "A4 or F4 (default: the workspace's)") PaperProfile paper;
        @Option(names = "--number", defaultValue = "BLANK",
                description = "BLANK (……, for the Bagian Hukum), FROM_REGISTER or MANUAL") NumberChoice number;
        @Option(names = "--manual-number", description = "the number, with --number MANUAL") String manualNumber;
        @Option(names = "--date", description = "yyyy-mm-dd (default: blank, or today with FROM_REGISTER)")
        LocalDate date;
        @Option(names = "--signatory", description = "signatory id (default: the region head)") Long signatory;
        @Option(names = "--supersedes", description = "register id of the document this one corrects")
        Long supersedes;
        @Option(names = "--note", defaultValue = "", description = "why (for a correction)") String note;
        @Option(names = "--option", description = "type option key=value, e.g. team=3") Map<String, String> options;

        @Override
        public Integer call() {
            Set<DocumentFormat> wanted = formats.stream().map(DocumentCommand::format).collect(Collectors.toSet());
            IssueRequest request = new IssueRequest(type, wanted, paper, signatory, number, manualNumber, date, out,
                    supersedes, note, options == null ? Map.of() : options);
            IssueResult result = withSession(s -> service().issue(s, request));
            Map<String, Object> m = describe(result.issued());
            m.put("files", result.files().stream().map(Path::toString).toList());
            String human = text("cli.document.issued", result.issued().registerCode(),
                    result.issued().number() == null ? "……" : result.issued().number()) + "\n"
                    + result.files().stream().map(Path::toString).collect(Collectors.joining("\n"));
            print(m, human);
            return 0;
        }
    }

    @Command(name = "verify", description = "is this file exactly a registered one? exit 0 if yes, 1 if not")
    static final class Verify extends WorkspaceTask {
        @Parameters(paramLabel = "DOCUMENT") Path file;

        @Override
        public Integer call() {
            if (!file.toFile().isFile()) {
                throw new TataException(ErrorKind.NOT_FOUND, "cli.document.fileMissing", file);
            }
            VerifyResult result = withSession(s -> new RegisterService().verify(s, file));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file.toString());
            m.put("sha256", result.sha256());
            m.put("registered", result.registered());
            result.document().ifPresent(d -> m.put("document", describe(d)));
            result.format().ifPresent(f -> m.put("format", f.extension()));
            result.supersededBy().ifPresent(d -> m.put("supersededBy", d.registerCode()));
            String human = result.document().map(d -> text("cli.document.verified", file.getFileName(),
                            d.registerCode(), d.title(), d.number() == null ? "……" : d.number(), d.issuedBy(),
                            d.issuedAt().toString())
                            + result.supersededBy().map(n -> "\n" + text("cli.document.superseded", n.registerCode()))
                            .orElse(""))
                    .orElseGet(() -> text("cli.document.notRegistered", file.getFileName(), result.sha256()));
            print(m, human);
            return result.registered() ? 0 : 1;
        }
    }

    @Command(name = "register", description = "list the register of issued documents")
    static final class Register extends WorkspaceTask {
        @Override
        public Integer call() {
            List<IssuedDocument> rows = withSession(s -> new RegisterService().list(s));
            String human = rows.isEmpty() ? text("cli.document.registerEmpty") : rows.stream()
                    .map(d -> String.format("%-16s %-22s %-10s %s%s", d.registerCode(),
                            d.number() == null ? "……" : d.number(), d.date() == null ? "……" : d.date(), d.title(),
                            d.supersedesId() == null ? "" : "  (" + text("cli.document.correctionOf",
                                    d.supersedesId()) + ")"))
                    .collect(Collectors.joining("\n"));
            print(rows.stream().map(DocumentCommand::describe).toList(), human);
            return 0;
        }
    }

    @Command(name = "gaps", description = "numbers of a counter that no register row carries, with the reason")
    static final class Gaps extends WorkspaceTask {
        @Option(names = "--number-type", defaultValue = "DECREE") String numberType;

        @Override
        public Integer call() {
            List<RegisterGap> gaps = withSession(s -> new RegisterService().gaps(s, numberType));
            String human = gaps.isEmpty() ? text("cli.document.noGaps", numberType) : gaps.stream()
                    .map(g -> text("cli.document.gap", g.numberType(), g.year(), g.sequence()))
                    .collect(Collectors.joining("\n"));
            print(gaps.stream().map(g -> Map.of("numberType", g.numberType(), "year", g.year(),
                    "sequence", g.sequence())).toList(), human);
            return 0;
        }
    }

    @Command(name = "template", description = "show, set (from a text file) or reset the texts of a decree type")
    static final class Template extends WorkspaceTask {
        @Option(names = "--type", required = true) String type;
        @Option(names = "--set", paramLabel = "FILE", description = "[CONSIDERATION] … [LEGAL_BASIS] … [DIKTUM] … "
                + "[COPY_TO] …, one item per line") Path file;
        @Option(names = "--reset", description = "back to Tata's default texts") boolean reset;

        @Override
        public Integer call() throws java.io.IOException {
            DocumentType documentType = StandardDocuments.catalog().require(type);
            if (!documentType.hasTemplate()) {
                throw new TataException(ErrorKind.BAD_INPUT, "document.error.templateType", type);
            }
            String given = file == null ? null : java.nio.file.Files.readString(file);
            TemplateTexts texts = withSession(s -> {
                TemplateService templates = new TemplateService();
                if (reset) {
                    return templates.reset(s, type);
                }
                return given == null ? templates.texts(s, type)
                        : templates.save(s, DefaultTemplates.parse(type, given));
            });
            int items = texts.parts().values().stream().mapToInt(List::size).sum();
            String human = reset ? text("cli.document.templateReset", type)
                    : given != null ? text("cli.document.templateSaved", type, items)
                    : DefaultTemplates.format(texts).stripTrailing();
            Map<String, Object> m = new LinkedHashMap<>();
            texts.parts().forEach((part, lines) -> m.put(part.name(), lines));
            print(m, human);
            return 0;
        }
    }

    @Command(name = "margins", description = "show or set the page margins (mm) of a document type")
    static final class Margins extends WorkspaceTask {
        @Option(names = "--type", required = true) String type;
        @Option(names = "--set", paramLabel = "TOP,RIGHT,BOTTOM,LEFT") String set;

        @Override
        public Integer call() {
            StandardDocuments.catalog().require(type);
            id.tata.documents.model.Margins wanted = set == null ? null : margins(set);
            id.tata.documents.model.Margins m = withSession(s -> wanted == null
                    ? new TemplateService().margins(s, type) : new TemplateService().saveMargins(s, type, wanted));
            print(Map.of("type", type, "top", m.top(), "right", m.right(), "bottom", m.bottom(), "left", m.left()),
                    text("cli.document.marginsSaved", type, m.top(), m.right(), m.bottom(), m.left()));
            return 0;
        }

        private static id.tata.documents.model.Margins margins(String text) {
            String[] parts = text.split(",");
            try {
                if (parts.length != 4) {
                    throw new NumberFormatException();
                }
                return new id.tata.documents.model.Margins(Double.parseDouble(parts[0].strip()),
                        Double.parseDouble(parts[1].strip()), Double.parseDouble(parts[2].strip()),
                        Double.parseDouble(parts[3].strip()));
            } catch (IllegalArgumentException e) {
                throw new TataException(ErrorKind.BAD_INPUT, "cli.document.badMargins", text);
            }
        }
    }

    static DocumentFormat format(String name) {
        try {
            return DocumentFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new TataException(ErrorKind.BAD_INPUT, "cli.document.badFormat", name,
                    Arrays.stream(DocumentFormat.values()).map(DocumentFormat::extension)
                            .collect(Collectors.joining(", ")));
        }
    }

    static Map<String, Object> describe(IssuedDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("registerCode", d.registerCode());
        m.put("type", d.documentType());
        m.put("number", d.number());
        m.put("title", d.title());
        m.put("date", d.date() == null ? null : d.date().toString());
        m.put("signatory", d.signatory());
        m.put("issuedBy", d.issuedBy());
        m.put("issuedAt", d.issuedAt().toString());
        m.put("contentSha256", d.contentSha256());
        m.put("supersedes", d.supersedesId());
        m.put("files", d.files().stream().map(f -> Map.of("format", f.format().extension(), "name", f.fileName(),
                "sha256", f.sha256(), "bytes", f.sizeBytes())).toList());
        return m;
    }
}
