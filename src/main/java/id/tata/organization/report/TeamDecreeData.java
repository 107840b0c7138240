package id.tata.organization.report;

import java.util.List;
import java.util.Objects;

/**
 * A team as its decree prints it: name, members in order with the role label already in words ("Ketua"), and tasks.
 * {@code position} is the office as printed ("Kepala Dinas Komunikasi dan Informatika Kota Contoh").
 */
public record TeamDecreeData(String teamName, List<Member> members, List<String> tasks) {
    public TeamDecreeData {
        Objects.requireNonNull(teamName, "teamName");
        members = List.copyOf(members);
        tasks = List.copyOf(tasks);
    }

    public record Member(String roleLabel, String position, String personName, String nip) {
        public Member {
            Objects.requireNonNull(roleLabel, "roleLabel");
            position = position == null ? "" : position.strip();
            personName = personName == null ? "" : personName.strip();
            nip = nip == null ? "" : nip.strip();
        }
    }
}
