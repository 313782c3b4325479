package ma.socialhub.staff;

import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface StaffAccountRepository extends CrudRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);
}
