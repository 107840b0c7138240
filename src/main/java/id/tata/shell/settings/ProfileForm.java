package id.tata.shell.settings;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.workspace.settings.GovernmentKind;
import id.tata.workspace.settings.GovernmentProfile;
import id.tata.workspace.settings.PaperProfile;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Map;

/** The government profile as the form edits it, with one error line per field the service can complain about. */
public final class ProfileForm {
    private final ObjectProperty<GovernmentKind> kind = new SimpleObjectProperty<>(GovernmentKind.KOTA);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty regionHead = new SimpleStringProperty("");
    private final StringProperty regionalSecretary = new SimpleStringProperty("");
    private final StringProperty gcio = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty cityOfIssue = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final StringProperty postalCode = new SimpleStringProperty("");
    private final ObjectProperty<PaperProfile> paper = new SimpleObjectProperty<>(PaperProfile.F4);
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty provinceError = new SimpleStringProperty("");
    private final StringProperty emailError = new SimpleStringProperty("");
    private final StringProperty postalCodeError = new SimpleStringProperty("");
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringBinding preview;
    /** The service's message keys and the field each one belongs to; other errors go to the general line. */
    private final Map<String, StringProperty> errorFields = Map.of(
            "settings.error.nameRequired", nameError,
            "settings.error.namePrefix", nameError,
            "settings.error.provinceRequired", provinceError,
            "settings.error.email", emailError,
            "settings.error.postalCode", postalCodeError);

    ProfileForm(I18n i18n) {
        preview = Bindings.createStringBinding(() -> previewText(i18n), kind, name);
    }

    private String previewText(I18n i18n) {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty() || kind.get() == null) {
            return i18n.text("settings.ui.preview.empty");
        }
        return i18n.text("settings.ui.preview", kind.get().regionHeadTitle() + " " + n, kind.get().prefix() + " " + n);
    }

    void load(GovernmentProfile p) {
        kind.set(p.kind());
        name.set(p.name());
        province.set(p.province());
        regionHead.set(p.regionHeadName());
        regionalSecretary.set(p.regionalSecretaryName());
        gcio.set(p.gcioName());
        address.set(p.address());
        cityOfIssue.set(p.cityOfIssue());
        phone.set(p.phone());
        email.set(p.email());
        website.set(p.website());
        postalCode.set(p.postalCode());
        paper.set(p.paperProfile());
        clearErrors();
    }

    GovernmentProfile toProfile() {
        return new GovernmentProfile(kind.get(), name.get(), province.get(), regionHead.get(),
                regionalSecretary.get(), gcio.get(), address.get(), cityOfIssue.get(), phone.get(), email.get(),
                website.get(), postalCode.get(), paper.get());
    }

    void clearErrors() {
        for (StringProperty error : List.of(nameError, provinceError, emailError, postalCodeError, generalError)) {
            error.set("");
        }
    }

    /** Puts the error under the field it is about. */
    void showError(Throwable e, I18n i18n) {
        if (e instanceof TataException te) {
            errorFields.getOrDefault(te.key(), generalError).set(te.message(i18n));
        } else {
            generalError.set(i18n.text("settings.ui.error.unexpected", e));
        }
    }

    /** "Wali Kota Contoh · Pemerintah Kota Contoh": what documents will print, as the user types. */
    public StringBinding preview() {
        return preview;
    }

    public ObjectProperty<GovernmentKind> kind() {
        return kind;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty province() {
        return province;
    }

    public StringProperty regionHead() {
        return regionHead;
    }

    public StringProperty regionalSecretary() {
        return regionalSecretary;
    }

    public StringProperty gcio() {
        return gcio;
    }

    public StringProperty address() {
        return address;
    }

    public StringProperty cityOfIssue() {
        return cityOfIssue;
    }

    public StringProperty phone() {
        return phone;
    }

    public StringProperty email() {
        return email;
    }

    public StringProperty website() {
        return website;
    }

    public StringProperty postalCode() {
        return postalCode;
    }

    public ObjectProperty<PaperProfile> paper() {
        return paper;
    }

    public StringProperty nameError() {
        return nameError;
    }

    public StringProperty provinceError() {
        return provinceError;
    }

    public StringProperty emailError() {
        return emailError;
    }

    public StringProperty postalCodeError() {
        return postalCodeError;
    }

    public StringProperty generalError() {
        return generalError;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
