package ma.socialhub.base.web;

import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Appends this node's name ({@code hub.node-name}, {@code HUB_NODE_NAME}) to its session ids,
 * {@code JSESSIONID=…​.node1}: the front proxy sends each browser back to the node that holds its
 * screens (a Vaadin screen lives in one node's memory). See docs/deployment.md.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final String nodeName;

    NodeRoute(@Value("${hub.node-name:}") String nodeName) {
        this.nodeName = nodeName.strip();
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (nodeName.isEmpty()) {
            return;
        }
        if (!nodeName.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalStateException("hub.node-name must be 1 to 32 letters, digits, '-' or '_': " + nodeName);
        }
        factory.addContextCustomizers((Context context) -> {
            if (context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(nodeName);
            }
        });
    }
}
