package ma.socialhub.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs. */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Smart Social Hub integration API", version = "1",
        description = "Take queue tickets for a center and follow them, as a registered kiosk or integration."))
@SecurityScheme(name = "kioskCredential", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "<kiosk-id>.<secret> of a kiosk or integration registered in kiosk-config/")
class ApiDescription {
}
