package org.newsroom.pipeline.publish;

/**
 * The name this instance writes into claims and leases, so two instances over one
 * database can tell their work apart.
 *
 * @param value the name
 */
public record InstanceId(String value) {

	@Override
	public String toString() {
		return this.value;
	}

}
