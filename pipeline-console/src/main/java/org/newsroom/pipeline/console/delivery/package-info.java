/**
 * Webhook deliveries as the console learns them from lineage.
 *
 * <p>
 * The publish service records every delivery attempt as a lineage event of stage
 * {@code webhook}: outcome {@code DELIVERED} when the subscriber accepted it,
 * {@code DELIVERY_FAILED} when the attempt failed. Its {@code detail} is a list of
 * {@code key=value} pairs separated by single spaces:
 *
 * <pre>
 * delivery=&lt;delivery id&gt; subscription=&lt;subscription id&gt; attempt=&lt;n&gt; status=&lt;status&gt; [retry=&lt;ISO-8601 instant&gt;] [reason=&lt;free text&gt;]
 * </pre>
 *
 * <ul>
 * <li>{@code delivery} (required): the delivery's id in publish, the argument of a
 * {@code REDELIVER} command.</li>
 * <li>{@code subscription} (required): the subscription's id, the argument of
 * {@code DISABLE_SUBSCRIPTION} and {@code ENABLE_SUBSCRIPTION}.</li>
 * <li>{@code attempt}: the attempt number, from 1.</li>
 * <li>{@code status}: the HTTP status code the endpoint answered, or a word when there
 * was no answer: {@code timeout}, {@code refused} (the target guard or an open circuit
 * breaker), {@code error}.</li>
 * <li>{@code retry}: when the next attempt is due; present only on a failed attempt that
 * will be retried. A failed attempt without it failed for good.</li>
 * <li>{@code reason}: a note for operators; always last, it runs to the end of the detail
 * and may contain spaces.</li>
 * </ul>
 * Values other than {@code reason} contain no spaces; unknown keys are ignored, so the
 * format can grow. Example:
 * {@code delivery=d-42 subscription=s-7 attempt=3 status=503 retry=2026-01-05T10:15:30Z reason=Service Unavailable}.
 */
package org.newsroom.pipeline.console.delivery;
