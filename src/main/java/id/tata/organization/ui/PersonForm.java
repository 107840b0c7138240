package id.tata.organization.ui;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.l10n.Nip;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Person;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The person dialog's state and its checks; each field has its own error line so the user sees where. */
public final class PersonForm {
    // Deliberately loose: catches the usual slips (no @, spaces, no domain) without refusing unusual real addresses.
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{4,}");

    private final Person original;
    private final StringProperty nip = new SimpleStringProperty("");
    private final StringProperty frontTitle = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty backTitle = new SimpleStringProperty("");
    private final StringProperty rank = new SimpleStringProperty("");
    private final ObjectProperty<Agency> agency = new SimpleObjectProperty<>();
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty nipError = new SimpleStringProperty("");
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty agencyError = new SimpleStringProperty("");
    private final StringProperty positionError = new SimpleStringProperty("");
    private final StringProperty emailError = new SimpleStringProperty("");
    private final StringProperty phoneError = new SimpleStringProperty("");
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** Set by the first save: from then on a field showing an error is checked again as the user corrects it. */
    private I18n checkedWith;

    PersonForm(Person original, Agency agencyOfOriginal, String positionOfOriginal) {
        this.original = original;
        if (original != null) {
            nip.set(original.nip() == null ? "" : original.nip());
            frontTitle.set(original.frontTitle());
            name.set(original.name());
            backTitle.set(original.backTitle());
            rank.set(original.rank());
            agency.set(agencyOfOriginal);
            position.set(positionOfOriginal);
            email.set(original.email());
            phone.set(original.phone());
        }
        nip.addListener(o -> recheck(nipError, this::checkNip));
        name.addListener(o -> recheck(nameError, this::checkName));
        agency.addListener(o -> recheck(agencyError, this::checkAgency));
        position.addListener(o -> recheck(positionError, i18n -> positionError.set("")));
        email.addListener(o -> recheck(emailError, this::checkEmail));
        phone.addListener(o -> recheck(phoneError, this::checkPhone));
    }

    private void recheck(StringProperty error, Consumer<I18n> check) {
        if (checkedWith != null && !error.get().isEmpty()) {
            check.accept(checkedWith);
        }
    }

    /** Null for a new person. */
    public Person original() {
        return original;
    }

    public StringProperty nip() {
        return nip;
    }

    public StringProperty frontTitle() {
        return frontTitle;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty backTitle() {
        return backTitle;
    }

    public StringProperty rank() {
        return rank;
    }

    public ObjectProperty<Agency> agency() {
        return agency;
    }

    /** The jabatan's name as picked or typed; a name the agency does not have yet is created on save. */
    public StringProperty position() {
        return position;
    }

    public StringProperty email() {
        return email;
    }

    public StringProperty phone() {
        return phone;
    }

    public StringProperty nipError() {
        return nipError;
    }

    public StringProperty nameError() {
        return nameError;
    }

    public StringProperty agencyError() {
        return agencyError;
    }

    public StringProperty positionError() {
        return positionError;
    }

    public StringProperty emailError() {
        return emailError;
    }

    public StringProperty phoneError() {
        return phoneError;
    }

    public StringProperty generalError() {
        return generalError;
    }

    public List<StringProperty> errors() {
        return List.of(nipError, nameError, agencyError, positionError, emailError, phoneError, generalError);
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** Checks what can be checked here (the service checks again); true when the form may be saved. */
    boolean validate(I18n i18n) {
        checkedWith = i18n;
        errors().forEach(e -> e.set(""));
        checkNip(i18n);
        checkName(i18n);
        checkAgency(i18n);
        checkEmail(i18n);
        checkPhone(i18n);
        return errors().stream().allMatch(e -> e.get().isEmpty());
    }

    /** No NIP is allowed: honorary staff and PPPK have none. One that is given must be a real NIP. */
    private void checkNip(I18n i18n) {
        nipError.set(nip.get().isBlank() ? "" : Nip.check(nip.get().strip()).message(i18n));
    }

    private void checkName(I18n i18n) {
        nameError.set(name.get().isBlank() ? i18n.text("person.ui.error.nameRequired") : "");
    }

    private void checkAgency(I18n i18n) {
        agencyError.set(agency.get() == null ? i18n.text("person.ui.error.agencyRequired") : "");
    }

    private void checkEmail(I18n i18n) {
        String mail = email.get().strip();
        emailError.set(mail.isEmpty() || EMAIL.matcher(mail).matches() ? ""
                : i18n.text("person.ui.error.email", mail));
    }

    private void checkPhone(I18n i18n) {
        String tel = phone.get().strip();
        phoneError.set(tel.isEmpty() || PHONE.matcher(tel).matches() ? ""
                : i18n.text("person.ui.error.phone", tel));
    }

    /** Puts the service's refusal under the field it is about, so the user need not guess which one. */
    void showRefusal(TataException error, I18n i18n) {
        String key = error.key();
        StringProperty target = key.startsWith("person.error.nip") || key.startsWith("nip.error")
                || key.equals("person.error.duplicateNip") ? nipError
                : key.equals("person.error.nameRequired") ? nameError
                : key.equals("person.error.agencyNotFound") ? agencyError
                : key.startsWith("position.error") || key.equals("person.error.positionNotFound") ? positionError
                : key.equals("person.error.email") ? emailError
                : generalError;
        target.set(error.message(i18n));
    }

    /** The person as entered; NIP as digits only, which is how the service stores and compares it. */
    Person toPerson(Long positionId) {
        String digits = Nip.normalize(nip.get());
        return new Person(original == null ? null : original.id(), digits.isEmpty() ? null : digits,
                frontTitle.get(), name.get(), backTitle.get(), rank.get(), positionId,
                agency.get() == null ? null : agency.get().id(), email.get(), phone.get());
    }
}
