package dev.hybridnet.imports.arm;

/**
 * Something only Azure can answer that the importer needs in order to go on (a loop count from {@code reference()},
 * a linked template on the web): not an error of the template. The resource is left out and reported.
 */
final class NotOffline extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotOffline(String message) {
        super(message);
    }
}
