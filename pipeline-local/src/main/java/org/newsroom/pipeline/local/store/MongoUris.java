package org.newsroom.pipeline.local.store;

/**
 * Derives each service's own database URI from one MongoDB connection string.
 */
public final class MongoUris {

	private static final String SCHEME_SEPARATOR = "://";

	private MongoUris() {
	}

	/**
	 * The connection string with its database replaced, keeping hosts, credentials and
	 * options.
	 * @param uri e.g. {@code mongodb://db:27017/?replicaSet=rs0}
	 * @param database e.g. {@code ingest}
	 * @return e.g. {@code mongodb://db:27017/ingest?replicaSet=rs0}
	 */
	public static String withDatabase(String uri, String database) {
		int query = uri.indexOf('?');
		String options = (query >= 0) ? uri.substring(query) : "";
		String base = (query >= 0) ? uri.substring(0, query) : uri;
		int hostsStart = base.indexOf(SCHEME_SEPARATOR);
		if (hostsStart < 0) {
			throw new IllegalArgumentException("Not a MongoDB connection string: " + uri);
		}
		int path = base.indexOf('/', hostsStart + SCHEME_SEPARATOR.length());
		String hosts = (path >= 0) ? base.substring(0, path) : base;
		return hosts + "/" + database + options;
	}

}
