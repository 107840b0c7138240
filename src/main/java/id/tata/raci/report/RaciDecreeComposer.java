package id.tata.raci.report;

import id.tata.documents.model.Document;
import id.tata.documents.official.Decree;
import id.tata.documents.official.DecreeComposer;
import id.tata.documents.official.DecreeFrame;
import id.tata.documents.template.TemplatePart;
import id.tata.documents.template.TemplateTexts;
import id.tata.organization.report.TeamDecreeComposer;
import id.tata.organization.report.TeamDecreeData;
import id.tata.raci.domain.RaciMatrix;

import java.util.List;

/**
 * The Keputusan tentang Koordinasi SPBE: the template's Menimbang/Mengingat/diktum (the team's tasks under the diktum
 * ending in "{tugas}", as in the team decree), Lampiran I the team's composition exactly as the decree forming the
 * team prints it, Lampiran II the RACI matrix.
 */
public final class RaciDecreeComposer {
    private RaciDecreeComposer() {
    }

    /** "Koordinasi Sistem Pemerintahan Berbasis Elektronik Kota Contoh Tahun 2026". */
    public static String subject(String governmentName, int year) {
        return "Koordinasi Sistem Pemerintahan Berbasis Elektronik " + governmentName + " Tahun " + year;
    }

    /** {@code texts}: the type's template with every placeholder already filled. */
    public static Document compose(TeamDecreeData team, RaciMatrix matrix, DecreeFrame frame, TemplateTexts texts,
                                   String governmentName, int year) {
        String teamSubject = TeamDecreeComposer.subject(team, governmentName, year);
        Decree decree = frame.decree(subject(governmentName, year), texts.part(TemplatePart.CONSIDERATION),
                texts.part(TemplatePart.LEGAL_BASIS),
                TeamDecreeComposer.diktums(texts.part(TemplatePart.DIKTUM), team.tasks()),
                texts.part(TemplatePart.COPY_TO),
                List.of(TeamDecreeComposer.membersAnnex(team, teamSubject, TeamDecreeComposer.Layout.BY_POSITION),
                        RaciAnnex.annex(matrix)));
        return DecreeComposer.compose(decree);
    }
}
