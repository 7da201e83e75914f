export function loadCases(): object[];
