package fr.memberspace.it.support;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Test-only web module deployed beside the product by client-side integration tests:
 * sets up mutuals and members and triggers probes through the product's own boundaries.
 */
@ApplicationPath("/")
public class Support extends Application {
}
