import type { ResolvedDeclaration } from '../catalog/resolve.js'

/**
 * Groups declarations that ask the same app for permissions of the same resource and type
 * in one file: the unit within which one permission can duplicate or cover another.
 */
export function sameAppKey(declaration: ResolvedDeclaration): string {
  const { location, app, resourceAppId, type } = declaration
  return [
    location.file,
    app.appId ?? '',
    app.name ?? '',
    resourceAppId.toLowerCase(),
    type
  ].join('|')
}
