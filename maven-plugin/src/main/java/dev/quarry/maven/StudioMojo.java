package dev.quarry.maven;

import dev.quarry.studio.StudioMain;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn compile quarry:studio}: browse and edit the data in a local web page, until Ctrl-C. */
@Mojo(name = "studio", threadSafe = true)
public final class StudioMojo extends QuarryMojo {

  /** The port on 127.0.0.1; 0 for a free one. */
  @Parameter(property = "quarry.port", defaultValue = "0")
  int port;

  /** Start, print the address and stop at once (to check a build can open Studio). */
  @Parameter(property = "quarry.studio.check", defaultValue = "false")
  boolean check;

  @Override
  void run() throws MojoFailureException {
    List<String> args = new ArrayList<>();
    if (url != null && !url.isBlank()) {
      args.add("--url");
      args.add(url);
    }
    args.addAll(List.of("--schema", schema.getPath(), "--data-dir", dataDirectory.getPath(), "--port", String.valueOf(port)));
    if (check) {
      args.add("--check");
    }
    int code = StudioMain.run(args.toArray(String[]::new));
    if (code != 0) {
      throw new MojoFailureException("quarry studio failed (exit code " + code + ")");
    }
  }
}
