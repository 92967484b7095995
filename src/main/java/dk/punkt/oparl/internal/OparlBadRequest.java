package dk.punkt.oparl.internal;

/** A request the API cannot answer as asked (a bad filter or page); answered as an OParl error with status 400. */
class OparlBadRequest extends RuntimeException {

    OparlBadRequest(String message) {
        super(message);
    }
}
