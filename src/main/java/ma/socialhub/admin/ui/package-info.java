/**
 * The administration screens (role ADMIN). They only call the administration services of each
 * feature ({@code CatalogAdmin}, {@code DirectoryAdmin}, {@code RulesAdmin}, {@code KioskAdmin},
 * {@code StaffAccounts}, {@code PersonalDataAdmin}, {@code PersonalDataRequests}), which check the role again and audit every change.
 * Each create or edit form is a dialog of its own ({@code XxxDialog}) whose {@code Binder} checks what
 * was typed ({@code FormChecks}) before the service is asked; {@code Problems} puts the service's
 * answer beside the fields.
 */
@NullMarked
package ma.socialhub.admin.ui;

import org.jspecify.annotations.NullMarked;
