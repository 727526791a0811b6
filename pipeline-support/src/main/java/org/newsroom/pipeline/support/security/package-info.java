/**
 * Security shared by every service: users and roles, open and protected paths, and the
 * check that refuses the local stack's secrets outside local mode.
 */
package org.newsroom.pipeline.support.security;
