package org.newsroom.pipeline.enrich.topics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermIndexTests {

	private final TermIndex index = new TermIndex();

	@Test
	void neverMatchesATermAsTheBeginningOfAnotherWord() {
		this.index.add("roman", 0);
		assertThat(this.index.score("Romania, Romanian voters and Romantik", "en", 1, 3)).containsExactly(0.0);
	}

	@Test
	void matchesATermAndItsInflectedForms() {
		this.index.add("roman", 0);
		this.index.add("krieg", 1);
		this.index.add("fire", 2);
		assertThat(this.index.score("Ein Roman, zwei Romane, Romanen; des Krieges; fired", "de", 3, 5))
			.containsExactly(3.0, 1.0, 1.0);
	}

	@Test
	void matchesCompoundsThatALongTermBegins() {
		this.index.add("waffen", 0);
		assertThat(this.index.score("Der Waffenstillstand hält", "de", 1, 3)).containsExactly(1.0);
	}

}
