/** The annotations a Quarry model is written with; read by the processor, nothing at run time. */
module dev.quarry.annotations {
  exports dev.quarry.annotations;
}
