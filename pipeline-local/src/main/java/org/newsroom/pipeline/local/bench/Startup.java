package org.newsroom.pipeline.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up time of each service as Spring Boot reports it in the service's log
 * ({@code Started XApplication in N seconds}).
 */
final class Startup {

	private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");

	private Startup() {
	}

	/**
	 * The last reported start-up time of each service.
	 * @param logsDir the stack's log folder
	 * @param services short names
	 * @return seconds by service; services without the line are left out
	 */
	static Map<String, Double> read(Path logsDir, List<String> services) {
		Map<String, Double> seconds = new LinkedHashMap<>();
		for (String service : services) {
			try {
				Matcher matcher = STARTED.matcher(Files.readString(logsDir.resolve(service + ".log")));
				while (matcher.find()) {
					seconds.put(service, Double.parseDouble(matcher.group(1)));
				}
			}
			catch (IOException ex) {
				// no log: the service did not run on this stack
			}
		}
		return seconds;
	}

}
