/**
 * The administration screens (role ADMIN). They only call the administration services of each
 * feature ({@code CatalogAdmin}, {@code DirectoryAdmin}, {@code RulesAdmin}, {@code KioskAdmin},
 * {@code StaffAccounts}, {@code PersonalDataAdmin}, {@code PersonalDataRequests}), which check the role again and audit every change.
 */
@NullMarked
package ma.socialhub.admin.ui;

import org.jspecify.annotations.NullMarked;
