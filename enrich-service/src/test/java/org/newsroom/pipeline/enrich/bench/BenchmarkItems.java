package org.newsroom.pipeline.enrich.bench;

import java.util.List;
import java.util.Random;

import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.enrich.chain.TestItems;

/**
 * The 5 KB articles the benchmarks enrich, built from news sentences with people, places
 * and organisations, like the pipeline benchmark's synthetic traffic.
 */
final class BenchmarkItems {

	static final int BYTES = 5 * 1024;

	private static final List<String> GERMAN = List.of(
			"Die Bundesregierung in Berlin hat am Dienstag einen neuen Haushaltsentwurf vorgelegt.",
			"Finanzminister Christian Lindner sprach von einem schwierigen Kompromiss mit den Ländern.",
			"Die Gewerkschaft Verdi kündigte in Hamburg und München weitere Warnstreiks an.",
			"Nach Angaben des Statistischen Bundesamtes stiegen die Verbraucherpreise im Oktober deutlich.",
			"Die Europäische Zentralbank in Frankfurt will die Zinsen vorerst nicht weiter senken.",
			"Außenministerin Annalena Baerbock reiste zu Gesprächen nach Kiew und Warschau.",
			"Kritiker werfen der Koalition vor, die Schuldenbremse mit Sondervermögen zu umgehen.",
			"Der Deutsche Wetterdienst warnt für das Wochenende vor Sturm an der Nordseeküste.",
			"In Leipzig demonstrierten mehrere tausend Menschen für bezahlbare Mieten.",
			"Die Bahn kündigte an, das Schienennetz bis 2030 grundlegend zu sanieren.");

	private static final List<String> ENGLISH = List.of(
			"The government in London presented a new budget on Tuesday after weeks of talks.",
			"Chancellor Rachel Reeves described the plan as a difficult but necessary compromise.",
			"Union leaders in Manchester and Liverpool announced further strikes for next month.",
			"Consumer prices rose faster than expected in October, the statistics office said.",
			"The European Central Bank in Frankfurt signalled that interest rates would stay on hold.",
			"Foreign ministers met in Brussels to discuss support for Ukraine over the winter.",
			"Critics accused the coalition of hiding new borrowing in special funds.",
			"Forecasters warned of strong winds along the coast of Scotland this weekend.",
			"Thousands of people marched through Dublin calling for affordable housing.",
			"The rail operator promised to modernise the network by the end of the decade.");

	private BenchmarkItems() {
	}

	static ContentIngested germanArticle() {
		return TestItems.article("bench-de", null, "Haushalt: Regierung legt Entwurf vor", html(GERMAN));
	}

	static ContentIngested englishArticle() {
		return TestItems.article("bench-en", null, "Budget: government presents its plan", html(ENGLISH));
	}

	private static String html(List<String> sentences) {
		Random random = new Random(42);
		StringBuilder body = new StringBuilder(BYTES + 200);
		while (body.length() < BYTES) {
			body.append("<p>");
			for (int i = 0; i < 4; i++) {
				body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
			}
			body.append("</p>");
		}
		return body.toString();
	}

}
