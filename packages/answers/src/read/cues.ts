/** Words that carry no subject matter, left out when facts are ranked by the words they share. */
export const STOP_WORDS = new Set(
  (
    "a an the of in on at to for from by with about and or but not no yes is are was were be been being do does did " +
    "can could will would should may might must shall have has had i you he she it we they me my your its our their " +
    "this that these those what which who whom whose when where why how there here than then so if as into onto " +
    "any some all each every more most such only own same too very just also s t don doesn isn aren wasn weren " +
    "get got use used using run running runs work works need needs want like tell give show please thing things " +
    "windows docker"
  ).split(" "),
);
