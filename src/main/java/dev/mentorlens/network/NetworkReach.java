package dev.mentorlens.network;

/**
 * Reach figures of a mentoring network.
 *
 * @param people                  nodes
 * @param ties                    edges
 * @param departmentsReached      distinct known departments among the people
 * @param crossDepartmentTies     ties whose two ends have known, different departments
 * @param crossDepartmentTieShare {@code crossDepartmentTies / ties}; {@code null} with no ties
 * @param components              connected components (an isolated person is one)
 * @param largestComponentPeople  people in the largest component
 * @param largestComponentShare   {@code largestComponentPeople / people}; {@code null} with no people
 * @param avgTwoHopReach          mean over people of the number of other people within distance 2;
 *                                {@code null} with no people
 */
public record NetworkReach(
        int people,
        int ties,
        int departmentsReached,
        int crossDepartmentTies,
        Double crossDepartmentTieShare,
        int components,
        int largestComponentPeople,
        Double largestComponentShare,
        Double avgTwoHopReach) {

    static NetworkReach empty() {
        return new NetworkReach(0, 0, 0, 0, null, 0, 0, null, null);
    }
}
