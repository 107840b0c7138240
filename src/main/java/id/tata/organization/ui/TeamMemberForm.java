package id.tata.organization.ui;

import id.tata.common.l10n.I18n;
import id.tata.organization.domain.Person;
import id.tata.organization.domain.Position;
import id.tata.organization.domain.TeamMember;
import id.tata.organization.domain.TeamRole;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * The member dialog's state. Picking a person fills in the jabatan they hold when none is picked yet: decrees name
 * the post, and a person is usually added for the post they hold.
 */
public final class TeamMemberForm {
    private final int index;
    private final TeamMember original;
    private final ObjectProperty<TeamRole> role = new SimpleObjectProperty<>(TeamRole.ANGGOTA);
    private final ObjectProperty<Position> position = new SimpleObjectProperty<>();
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param index the member's place in the list; -1 for a new member, added at the end */
    TeamMemberForm(int index, TeamMember original, Position originalPosition, Person originalPerson,
                   java.util.function.LongFunction<Position> positionById) {
        this.index = index;
        this.original = original;
        if (original != null) {
            role.set(original.role());
            position.set(originalPosition);
            person.set(originalPerson);
            title.set(original.title());
        }
        // The reason goes as soon as the user supplies any of the three.
        position.addListener(o -> error.set(""));
        person.addListener(o -> error.set(""));
        title.addListener(o -> error.set(""));
        person.addListener((obs, old, now) -> {
            if (now != null && position.get() == null && now.positionId() != null) {
                position.set(positionById.apply(now.positionId()));
            }
        });
    }

    int index() {
        return index;
    }

    public TeamMember original() {
        return original;
    }

    public ObjectProperty<TeamRole> role() {
        return role;
    }

    public ObjectProperty<Position> position() {
        return position;
    }

    public ObjectProperty<Person> person() {
        return person;
    }

    /** The wording of the member's standing in the decree, for a post not in the workspace or worded otherwise. */
    public StringProperty title() {
        return title;
    }

    public StringProperty error() {
        return error;
    }

    public List<StringProperty> errors() {
        return List.of(error);
    }

    public BooleanProperty busy() {
        return busy;
    }

    boolean validate(I18n i18n) {
        error.set("");
        if (role.get() == null) {
            error.set(i18n.text("team.error.roleRequired"));
        } else if (position.get() == null && person.get() == null && title.get().isBlank()) {
            error.set(i18n.text("team.error.memberEmpty"));
        }
        return error.get().isEmpty();
    }

    /** The member as entered, keeping the original's id so the service updates the row instead of adding one. */
    TeamMember toMember() {
        return new TeamMember(original == null ? null : original.id(), role.get(),
                position.get() == null ? null : position.get().id(), person.get() == null ? null : person.get().id(),
                title.get());
    }
}
