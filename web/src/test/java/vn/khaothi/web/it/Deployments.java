package vn.khaothi.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application exactly as it ships: the WAR the build just made, deployed at "/". */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application() {
        File war = new File("target/ROOT.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/ROOT.war is missing: run the integration tests through Maven (verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
