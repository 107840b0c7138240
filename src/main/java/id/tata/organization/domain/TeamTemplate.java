package id.tata.organization.domain;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

import java.util.List;

/**
 * A team as a regulation composes it, to start a decree from: the members are described by their role and the
 * words of the regulation ("Sekretaris Daerah"), the tasks are quoted, and the source says which regulation and
 * Pasal, so whoever drafts the decree can check it.
 */
public record TeamTemplate(String code, TeamKind kind, String name, String purpose, String legalBasis,
                           List<Member> members, List<String> tasks) {
    public TeamTemplate {
        code = Text.required(code, "team.error.templateCodeRequired");
        if (kind == null) {
            throw new TataException(ErrorKind.BAD_INPUT, "team.error.kindRequired");
        }
        name = Text.required(name, "team.error.nameRequired");
        purpose = Text.optional(purpose);
        legalBasis = Text.required(legalBasis, "team.error.templateSourceRequired");
        members = List.copyOf(members);
        tasks = tasks.stream().map(t -> Text.required(t, "team.error.taskRequired")).toList();
    }

    /** A member as the regulation describes it. */
    public record Member(TeamRole role, String title) {
        public Member {
            if (role == null) {
                throw new TataException(ErrorKind.BAD_INPUT, "team.error.roleRequired");
            }
            title = Text.required(title, "team.error.memberEmpty");
        }
    }
}
