/**
 * Dead letters: consumes every {@code *.dlt} topic of the namespace, stores each dead
 * letter once by its original topic, partition and offset in {@code dead_letters}, and
 * replays one or a selection to the original topic with the original key, value and
 * headers plus {@code pipeline_replayed_from} (the dead-letter topic), tracking each
 * replay in {@code replays} and as a {@code REPLAYED} lineage event.
 */
package org.newsroom.pipeline.console.deadletter;
