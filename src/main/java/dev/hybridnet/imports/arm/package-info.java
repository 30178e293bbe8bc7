/**
 * The ARM template language, offline: expressions parsed and evaluated ({@code Evaluator}, {@code Functions}),
 * templates run with parameters, variables, loops, conditions, child resources and nested deployments
 * ({@link dev.hybridnet.imports.arm.Deployment}). What only a live subscription knows is an
 * {@link dev.hybridnet.imports.arm.Unknown} value, never a guess.
 */
package dev.hybridnet.imports.arm;
