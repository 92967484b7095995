package dk.punkt.oparl.internal;

/** No such OParl object or list; answered as an OParl error with status 404. */
class OparlNotFound extends RuntimeException {

    OparlNotFound(String message) {
        super(message);
    }
}
