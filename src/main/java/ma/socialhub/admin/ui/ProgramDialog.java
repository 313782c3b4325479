package ma.socialhub.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.function.LongConsumer;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.directory.DirectoryAdmin;
import org.jspecify.annotations.Nullable;

/** One program people are referred to: its code, names, and its national and regional targets. */
class ProgramDialog extends Dialog {

    /** The program as the form holds it while it is edited. */
    static final class Draft {
        String code = "";
        LocalizedText name = LocalizedFields.EMPTY;
        @Nullable Integer nationalTarget;
        @Nullable Integer regionalTarget;
        boolean active = true;

        static Draft of(DirectoryAdmin.ProgramForm program) {
            Draft draft = new Draft();
            draft.code = program.code();
            draft.name = program.name();
            draft.nationalTarget = program.nationalTarget();
            draft.regionalTarget = program.regionalTarget();
            draft.active = program.active();
            return draft;
        }

        DirectoryAdmin.ProgramForm form(DirectoryAdmin.@Nullable ProgramForm program) {
            return new DirectoryAdmin.ProgramForm(program == null ? null : program.id(), program == null ? 0 : program.version(),
                    code.strip(), name, nationalTarget, regionalTarget, active);
        }
    }

    ProgramDialog(DirectoryAdmin admin, DirectoryAdmin.@Nullable ProgramForm program, LongConsumer saved) {
        addClassName("program-dialog");
        setHeaderTitle(getTranslation(program == null ? "admin.program.new" : "admin.program.edit"));
        setWidth("min(50rem, 95vw)");
        TextField code = new TextField(getTranslation("admin.code"));
        code.setHelperText(getTranslation("admin.code.help"));
        IntegerField national = FormChecks.numeric(new IntegerField(getTranslation("admin.program.nationalTarget")),
                "admin.program.error.target");
        IntegerField regional = FormChecks.numeric(new IntegerField(getTranslation("admin.program.regionalTarget")),
                "admin.program.error.target");
        Checkbox active = new Checkbox(getTranslation("admin.active"));
        LocalizedFields name = new LocalizedFields("admin.name", false);

        Binder<Draft> binder = new Binder<>();
        binder.forField(code).withValidator(FormChecks.code()).bind(d -> d.code, (d, v) -> d.code = v);
        binder.forField(name).withValidator(FormChecks.complete(200)).bind(d -> d.name, (d, v) -> d.name = v);
        // a target is a number of people: none at all, or one at least
        binder.forField(national).withValidator(FormChecks.emptyOrAtLeast(1, "admin.program.error.target"))
                .bind(d -> d.nationalTarget, (d, v) -> d.nationalTarget = v);
        binder.forField(regional).withValidator(FormChecks.emptyOrAtLeast(1, "admin.program.error.target"))
                .bind(d -> d.regionalTarget, (d, v) -> d.regionalTarget = v);
        binder.forField(active).bind(d -> d.active, (d, v) -> d.active = v);
        Draft draft = program == null ? new Draft() : Draft.of(program);
        binder.readBean(draft);

        Map<String, HasValidation> fields = Map.of("code", code, "name", name, "target", national);
        Problems.saveAndCancel(this, binder, draft, fields, d -> admin.saveProgram(d.form(program)), saved);
        add(new FormLayout(code, national, regional, active), name);
    }
}
