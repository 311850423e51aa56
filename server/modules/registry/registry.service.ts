// Rules for the corridor's structure: cities, industries, parks and the 1+7+N alliance tree, one file each; this
// builds the service the routes and the organisations use, and answers the corridor's summary figures.
import type { Database } from '../../db/client'
import {
  addAllianceMember,
  allianceTree,
  createAlliance,
  exportAllianceMembers,
  getAlliance,
  listAllianceMembers,
  updateAlliance,
} from './alliances.service'
import { getCity, listCities, updateCity } from './cities.service'
import { createIndustry, getIndustry, listIndustries, updateIndustry } from './industries.service'
import { createPark, exportParks, getPark, listParks, updatePark } from './parks.service'
import { requireReference } from './references.service'
import * as repository from './registry.repository'

export interface StructureDependencies {
  db: Database
}

export function createStructureService(db: Database) {
  const dependencies: StructureDependencies = { db }
  return {
    listCities: listCities.bind(null, dependencies),
    getCity: getCity.bind(null, dependencies),
    updateCity: updateCity.bind(null, dependencies),
    listIndustries: listIndustries.bind(null, dependencies),
    getIndustry: getIndustry.bind(null, dependencies),
    createIndustry: createIndustry.bind(null, dependencies),
    updateIndustry: updateIndustry.bind(null, dependencies),
    listParks: listParks.bind(null, dependencies),
    exportParks: exportParks.bind(null, dependencies),
    getPark: getPark.bind(null, dependencies),
    createPark: createPark.bind(null, dependencies),
    updatePark: updatePark.bind(null, dependencies),
    allianceTree: allianceTree.bind(null, dependencies),
    getAlliance: getAlliance.bind(null, dependencies),
    createAlliance: createAlliance.bind(null, dependencies),
    updateAlliance: updateAlliance.bind(null, dependencies),
    listAllianceMembers: listAllianceMembers.bind(null, dependencies),
    exportAllianceMembers: exportAllianceMembers.bind(null, dependencies),
    addAllianceMember: addAllianceMember.bind(null, dependencies),
    summary: () => repository.summary(db),
    requireReference: requireReference.bind(null, dependencies),
  }
}

export type StructureService = ReturnType<typeof createStructureService>
