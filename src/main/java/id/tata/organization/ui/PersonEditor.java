package id.tata.organization.ui;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Ranks;
import id.tata.shell.ModuleContext;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import java.util.List;

/** Add or edit one person. Errors appear under their field; the window stays open until the save succeeds. */
final class PersonEditor {
    private static final double FIELD_WIDTH = 420;

    private final PersonViewModel model;
    private final PersonForm form;
    private final ModuleContext context;
    private final EditorDialog dialog;

    PersonEditor(PersonViewModel model, PersonForm form, ModuleContext context) {
        this.model = model;
        this.form = form;
        this.context = context;
        this.dialog = new EditorDialog(context.i18n(), "person", FIELD_WIDTH);
    }

    void show(Window owner) {
        TextField nip = field("personNip", form.nip());
        nip.setPromptText(text("person.ui.field.nipPrompt"));
        dialog.row("person.ui.field.nip", nip, form.nipError(), "personNipError");
        dialog.row("person.ui.field.frontTitle", field("personFrontTitle", form.frontTitle()), null, null);
        dialog.row("person.ui.field.name", field("personName", form.name()), form.nameError(), "personNameError");
        dialog.row("person.ui.field.backTitle", field("personBackTitle", form.backTitle()), null, null);
        dialog.row("person.ui.field.rank", typedChoice("personRank", form.rank(), "person.ui.field.rankPrompt",
                Ranks.CIVIL_SERVANT),
                null, null);
        ComboBox<String> position = typedChoice("personPosition", form.position(), "person.ui.field.positionPrompt",
                model.positionNames(form.agency().get()));
        dialog.row("person.ui.field.agency", agencyChoice(position), form.agencyError(), "personAgencyError");
        dialog.row("person.ui.field.position", position, form.positionError(), "personPositionError");
        dialog.row("person.ui.field.email", field("personEmail", form.email()), form.emailError(), "personEmailError");
        dialog.row("person.ui.field.phone", field("personPhone", form.phone()), form.phoneError(), "personPhoneError");
        Label hint = new Label(text("person.ui.field.positionHint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setMaxWidth(FIELD_WIDTH + 140);
        dialog.show(owner, form.original() == null, form.errors(), nip, dialog.grid(), hint,
                dialog.errorLine(form.generalError(), "personFormError"),
                dialog.buttons(form.busy(), close -> model.save(form, close)));
    }

    /** Picking another agency offers that agency's jabatan; what was typed stays, to be created there if new. */
    private ComboBox<Agency> agencyChoice(ComboBox<String> position) {
        ComboBox<Agency> agency = new ComboBox<>();
        agency.setId("personAgency");
        agency.getItems().setAll(model.agencies());
        agency.setConverter(Choices.converter(a -> a.shortName().isBlank() ? a.name()
                : a.name() + " (" + a.shortName() + ")"));
        agency.setPromptText(text("person.ui.field.agencyPrompt"));
        agency.valueProperty().bindBidirectional(form.agency());
        agency.setPrefWidth(FIELD_WIDTH);
        agency.setMaxWidth(Double.MAX_VALUE);
        form.agency().addListener((obs, old, now) -> {
            String typed = form.position().get();
            position.getItems().setAll(model.positionNames(now));
            form.position().set(typed);
        });
        return agency;
    }

    /** A list to pick from that also takes a typed value: ranks and jabatan outside the list are real too. */
    private ComboBox<String> typedChoice(String id, StringProperty value, String promptKey, List<String> items) {
        ComboBox<String> choice = new ComboBox<>();
        choice.setId(id);
        choice.setEditable(true);
        choice.getItems().setAll(items);
        choice.setPromptText(text(promptKey));
        choice.getEditor().textProperty().bindBidirectional(value);
        // A pick from the list lands in the editor only on commit; copy it at once so Simpan sees it.
        choice.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.set(now);
            }
        });
        choice.setPrefWidth(FIELD_WIDTH);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setVisibleRowCount(12);
        return choice;
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = EditorDialog.textField(id, value);
        field.setPrefWidth(FIELD_WIDTH);
        return field;
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
