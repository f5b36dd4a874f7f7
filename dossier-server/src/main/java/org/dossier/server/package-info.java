/**
 * The REST API and web UI over a Dossier store: {@link org.dossier.server.DossierServer} is the
 * entry point. The UI is static HTML, CSS and JavaScript modules under {@code /web} on the
 * classpath, served by the same process.
 */
package org.dossier.server;
