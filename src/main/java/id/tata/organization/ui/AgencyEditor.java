package id.tata.organization.ui;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import id.tata.shell.ModuleContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Add or edit one agency. Errors appear under their field; the window stays open until the save succeeds. */
final class AgencyEditor {
    private final AgencyViewModel model;
    private final AgencyForm form;
    private final ModuleContext context;
    private final EditorDialog dialog;

    AgencyEditor(AgencyViewModel model, AgencyForm form, ModuleContext context) {
        this.model = model;
        this.form = form;
        this.context = context;
        this.dialog = new EditorDialog(context.i18n(), "agency", Label.USE_COMPUTED_SIZE);
    }

    void show(Window owner) {
        TextField code = EditorDialog.textField("agencyCode", form.code());
        TextField name = EditorDialog.textField("agencyName", form.name());
        name.setPrefColumnCount(36);
        TextField shortName = EditorDialog.textField("agencyShortName", form.shortName());
        ComboBox<AgencyKind> kind = new ComboBox<>();
        kind.setId("agencyKind");
        kind.getItems().setAll(AgencyKind.values());
        kind.setConverter(Choices.converter(model::kindLabel));
        kind.valueProperty().bindBidirectional(form.kind());
        kind.setPromptText(text("agency.ui.field.kindPrompt"));
        kind.setMaxWidth(Double.MAX_VALUE);
        dialog.row("agency.ui.field.code", code, form.codeError(), "agencyCodeError");
        dialog.row("agency.ui.field.name", name, form.nameError(), "agencyNameError");
        dialog.row("agency.ui.field.shortName", shortName, null, null);
        dialog.row("agency.ui.field.kind", kind, form.kindError(), "agencyKindError");
        dialog.row("agency.ui.field.parent", parentChoice(), null, null);
        dialog.show(owner, form.original() == null,
                List.of(form.codeError(), form.nameError(), form.kindError(), form.generalError()), code,
                dialog.grid(), dialog.errorLine(form.generalError(), "agencyFormError"),
                dialog.buttons(form.busy(), close -> model.save(form, close)));
    }

    /** Optional.empty() is "no parent", so the choice can be taken back without a separate clear button. */
    private ComboBox<Optional<Agency>> parentChoice() {
        List<Optional<Agency>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        model.parentChoices(form).forEach(a -> choices.add(Optional.of(a)));
        ComboBox<Optional<Agency>> parent = new ComboBox<>();
        parent.setId("agencyParent");
        parent.getItems().setAll(choices);
        parent.setConverter(Choices.converter(o -> o.map(a -> a.code() + " — " + a.name())
                .orElse(text("agency.ui.field.noParent"))));
        parent.setValue(Optional.ofNullable(form.parent().get()));
        parent.valueProperty().addListener((obs, old, now) -> form.parent().set(now == null ? null : now.orElse(null)));
        parent.setMaxWidth(Double.MAX_VALUE);
        parent.setPrefWidth(360);
        return parent;
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
