package org.newsroom.pipeline.local.reliability;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.local.e2e.Ninjs;
import org.newsroom.pipeline.local.reliability.Figures.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile records mixed with valid ones: the unreadable ones end on ingest's dead-letter
 * topic with a reason, the rest is published harmless, no service restarts and heap stays
 * bounded.
 */
final class HostileInputScenario {

	private static final Logger logger = LoggerFactory.getLogger(HostileInputScenario.class);

	private static final List<String> SERVICES = List.of("ingest", "enrich", "publish", "console");

	/**
	 * The services' {@code -Xmx} is 256 MB; a leak or an unbounded buffer would pass it.
	 */
	private static final long HEAP_BOUND = 230L << 20;

	private static final String PREFIX = "rel-hostile";

	private final Broker broker;

	private final Figures figures;

	private final Scale scale;

	HostileInputScenario(Broker broker, Figures figures, Scale scale) {
		this.broker = broker;
		this.figures = figures;
		this.scale = scale;
	}

	void run() throws Exception {
		Instant start = Instant.now();
		Map<String, Long> pids = new HashMap<>();
		SERVICES.forEach((name) -> pids.put(name, ServiceProbe.pid(FaultSuiteTests.service(name))));
		Map<String, Long> heapBefore = heap();
		List<Outgoing> valid = CmsRecords.articles(PREFIX + "-valid", 0, this.scale.hostileRecords());
		List<Outgoing> hostile = HostileRecords.make(PREFIX, this.scale.hostileRecords());
		int refusedAtDoor = this.broker.send(Topics.CMS_CONTENT, interleave(valid, hostile));
		// The same 5 MB article through the HTTP ingress: refused before it is read.
		int httpStatus = ServiceProbe.postEvent(FaultSuiteTests.service("ingest"), "application/cloudevents+json",
				"{\"data\":\"" + "x".repeat(5 << 20) + "\"}");
		refusedAtDoor += (httpStatus == 413) ? 1 : 0;
		Map<String, Long> newest = Audit.firstRevisions(valid);
		Set<String> refused = new HashSet<>();
		for (Outgoing record : hostile) {
			if (!HostileRecords.refused(record.key())) {
				newest.put(record.key(), 1L);
			}
			else if (!record.key().contains("-huge-body-")) {
				refused.add(record.key());
			}
		}
		Tally tally = FaultSuiteTests.settle(PREFIX, newest, refused);
		Map<String, Long> heapAfter = heap();
		logger.info("Heap before {} and after {} the hostile records", heapBefore, heapAfter);
		this.figures.note("Heap in use before the hostile input (MB)", megabytes(heapBefore));
		this.figures.note("Heap in use after the hostile input (MB)", megabytes(heapAfter));
		this.figures.add(Row.of("Hostile input mixed with valid records",
				valid.size() + " valid + " + (hostile.size() + 1) + " hostile", valid.size() + hostile.size() + 1,
				refusedAtDoor, tally, start));
		FaultSuiteTests.assertClean(tally);
		assertThat(httpStatus).as("HTTP ingress answer to a 5 MB event").isEqualTo(413);
		assertThat(refusedAtDoor).as("the 5 MB record: producer (broker limit 1 MB) and HTTP ingress").isEqualTo(2);
		assertThat(tally.deadLettered()).isEqualTo(refused.size());
		SERVICES.forEach((name) -> assertThat(ServiceProbe.pid(FaultSuiteTests.service(name))).as(name)
			.isEqualTo(pids.get(name))
			.isPositive());
		assertThat(heapAfter).allSatisfy((name, used) -> assertThat(used).as(name).isLessThan(HEAP_BOUND));
		assertHarmless(hostile);
	}

	private void assertHarmless(List<Outgoing> hostile) throws Exception {
		for (Outgoing record : hostile) {
			if (record.key().contains("-html-injection-")) {
				var response = ServiceProbe
					.get(FaultSuiteTests.service("publish").resolve("/api/v1/content/" + record.key()));
				String bodyHtml = Ninjs.body(ContractJson.mapper().readTree(response.body()), "text/html");
				assertThat(bodyHtml).doesNotContainIgnoringCase("<script")
					.doesNotContainIgnoringCase("onclick")
					.doesNotContainIgnoringCase("javascript:");
			}
		}
		String rss = ServiceProbe.get(FaultSuiteTests.service("publish").resolve("/feeds/all.rss")).body();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		assertThat(factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(rss.getBytes(StandardCharsets.UTF_8)))
			.getElementsByTagName("item")
			.getLength()).isPositive();
		assertThat(rss).doesNotContainIgnoringCase("<script");
	}

	private Map<String, Long> heap() throws Exception {
		Map<String, Long> heap = new HashMap<>();
		for (String name : SERVICES) {
			heap.put(name, ServiceProbe.heapUsed(FaultSuiteTests.service(name)));
		}
		return heap;
	}

	private static Map<String, Long> megabytes(Map<String, Long> bytes) {
		Map<String, Long> megabytes = new TreeMap<>();
		bytes.forEach((name, used) -> megabytes.put(name, used >> 20));
		return megabytes;
	}

	private static List<Outgoing> interleave(List<Outgoing> valid, List<Outgoing> hostile) {
		List<Outgoing> mixed = new ArrayList<>();
		for (int n = 0; n < Math.max(valid.size(), hostile.size()); n++) {
			if (n < valid.size()) {
				mixed.add(valid.get(n));
			}
			if (n < hostile.size()) {
				mixed.add(hostile.get(n));
			}
		}
		return mixed;
	}

}
